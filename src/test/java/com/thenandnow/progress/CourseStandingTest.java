package com.thenandnow.progress;

import static com.thenandnow.quiz.QuizFixtures.firstRight;
import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.multipleChoice;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.trueFalseLesson;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.CourseInfo;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where a learner stands: lesson states, locking and course completion. */
class CourseStandingTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();

    /** Ten true/false questions, all "true", pass 70. */
    private static final Lesson FIRST = trueFalseLesson("first", 10);
    private static final Lesson SECOND = trueFalseLesson("second", 3, "first");

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final ProgressRecorder recorder = recorderAt(NOW);

    private ProgressRecorder recorderAt(Instant now) {
        return new ProgressRecorder(store, Clock.fixed(now, ZoneOffset.UTC), new ProgressProperties(20), new SimpleMeterRegistry());
    }

    private static QuizAttempt attemptAt(Lesson lesson) {
        return new QuizAttempt(UUID.randomUUID(), lesson, 1);
    }

    private final CourseStanding standing = new CourseStanding(store, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Course course(Lesson... lessons) {
        return new Course(CourseInfo.UNTITLED, List.of(lessons), List.of(), Instant.EPOCH, Optional.empty());
    }

    private LessonStatus.State state(Lesson lesson, Course course) {
        return standing.status(ANN, lesson, course).state();
    }

    private Attempt pass(Lesson lesson) {
        int count = lesson.questions().size();
        return recorder.submit(ANN, attemptAt(lesson), firstRight(count, count));
    }

    private Attempt fail(Lesson lesson) {
        int count = lesson.questions().size();
        return recorder.submit(ANN, attemptAt(lesson), firstRight(0, count));
    }

    // Status

    @Test
    void a_lesson_goes_from_not_started_to_read_to_passed() {
        Course course = course(FIRST);
        assertThat(state(FIRST, course)).isEqualTo(LessonStatus.State.NOT_STARTED);

        recorder.markRead(ANN, FIRST);
        assertThat(state(FIRST, course)).isEqualTo(LessonStatus.State.READ);

        pass(FIRST);
        assertThat(state(FIRST, course)).isEqualTo(LessonStatus.State.PASSED);
    }

    @Test
    void a_failed_attempt_leaves_the_quiz_not_passed_yet_with_its_best_score() {
        fail(FIRST);

        LessonStatus status = standing.status(ANN, FIRST, course(FIRST));
        assertThat(status.state()).isEqualTo(LessonStatus.State.NOT_PASSED);
        assertThat(status.stateText()).isEqualTo("Quiz not passed yet (best 0%)");
    }

    @Test
    void each_state_reads_in_words() {
        Course course = course(FIRST);
        assertThat(standing.status(ANN, FIRST, course).stateText()).isEqualTo("Not started");
        recorder.markRead(ANN, FIRST);
        assertThat(standing.status(ANN, FIRST, course).stateText()).isEqualTo("Read");
        pass(FIRST);
        assertThat(standing.status(ANN, FIRST, course).stateText()).isEqualTo("Passed");
    }

    @Test
    void the_next_lesson_is_the_one_after_in_course_order_locked_or_not() {
        Course course = course(FIRST, SECOND);

        assertThat(standing.next(ANN, FIRST, course)).hasValueSatisfying(next -> {
            assertThat(next.lesson()).isEqualTo(SECOND);
            assertThat(next.isLocked()).isTrue();
        });
        pass(FIRST);
        assertThat(standing.next(ANN, FIRST, course).orElseThrow().isLocked()).isFalse();
        assertThat(standing.next(ANN, SECOND, course)).isEmpty();
    }

    @Test
    void a_lesson_is_locked_until_the_lesson_it_requires_is_passed() {
        Course course = course(FIRST, SECOND);

        LessonStatus locked = standing.status(ANN, SECOND, course);
        fail(FIRST);
        LessonStatus stillLocked = standing.status(ANN, SECOND, course);
        pass(FIRST);
        LessonStatus unlocked = standing.status(ANN, SECOND, course);

        assertThat(locked.state()).isEqualTo(LessonStatus.State.LOCKED);
        assertThat(locked.isLocked()).isTrue();
        assertThat(locked.missingPrerequisites()).containsExactly(FIRST);
        assertThat(stillLocked.isLocked()).isTrue();
        assertThat(unlocked.state()).isEqualTo(LessonStatus.State.NOT_STARTED);
        assertThat(unlocked.missingPrerequisites()).isEmpty();
    }

    @Test
    void a_lesson_requiring_two_lessons_lists_only_those_not_yet_passed() {
        Lesson other = trueFalseLesson("other", 2);
        Lesson both = trueFalseLesson("both", 2, "first", "other");
        pass(other);

        LessonStatus status = standing.status(ANN, both, course(FIRST, other, both));

        assertThat(status.isLocked()).isTrue();
        assertThat(status.missingPrerequisites()).containsExactly(FIRST);
    }

    @Test
    void a_passed_lesson_stays_passed_when_requirements_are_added_later() {
        Lesson before = trueFalseLesson("second", 3);
        pass(before);

        LessonStatus status = standing.status(ANN, SECOND, course(FIRST, SECOND));

        assertThat(status.state()).isEqualTo(LessonStatus.State.PASSED);
        assertThat(status.isLocked()).isFalse();
    }

    @Test
    void a_requirement_naming_a_lesson_not_in_the_course_is_ignored() {
        Lesson orphan = trueFalseLesson("orphan", 2, "gone");

        LessonStatus status = standing.status(ANN, orphan, course(FIRST, orphan));

        assertThat(status.state()).isEqualTo(LessonStatus.State.NOT_STARTED);
        assertThat(status.missingPrerequisites()).isEmpty();
    }

    @Test
    void course_progress_counts_passed_lessons_and_completion_in_course_order() {
        Lesson third = trueFalseLesson("third", 2);
        Course course = course(FIRST, SECOND, third);
        pass(third);
        recorder.markRead(ANN, FIRST);

        CourseProgress progress = standing.courseProgress(ANN, course);

        assertThat(progress.lessons()).extracting(LessonStatus::state).containsExactly(
                LessonStatus.State.READ, LessonStatus.State.LOCKED, LessonStatus.State.PASSED);
        assertThat(progress.passedCount()).isEqualTo(1);
        assertThat(progress.completion()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(progress.learner().learner()).isEqualTo(ANN);
    }

    @Test
    void course_progress_of_an_empty_course_is_zero_complete() {
        CourseProgress progress = standing.courseProgress(ANN, course());

        assertThat(progress.passedCount()).isZero();
        assertThat(progress.completion()).isZero();
    }

    @Test
    void completion_is_full_when_every_lesson_is_passed() {
        pass(FIRST);
        pass(SECOND);

        assertThat(standing.courseProgress(ANN, course(FIRST, SECOND)).completion()).isEqualTo(1.0);
    }
}
