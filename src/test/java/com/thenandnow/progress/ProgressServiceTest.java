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

/** The course rules around progress, over a real in-memory store and a fixed clock. */
class ProgressServiceTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();

    /** Ten true/false questions, all "true", pass 70. */
    private static final Lesson FIRST = trueFalseLesson("first", 10);
    private static final Lesson SECOND = trueFalseLesson("second", 3, "first");

    private final InMemoryProgressStore store = new InMemoryProgressStore(new ProgressProperties(20));
    private final ProgressService service = serviceAt(NOW);

    private ProgressService serviceAt(Instant now) {
        return new ProgressService(store, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Course course(Lesson... lessons) {
        return new Course(CourseInfo.UNTITLED, List.of(lessons), List.of(), Instant.EPOCH, Optional.empty());
    }

    private static QuizAttempt attemptAt(Lesson lesson) {
        return new QuizAttempt(UUID.randomUUID(), lesson, 1);
    }

    private Attempt pass(Lesson lesson) {
        int count = lesson.questions().size();
        return service.submit(ANN, attemptAt(lesson), firstRight(count, count));
    }

    private Attempt fail(Lesson lesson) {
        int count = lesson.questions().size();
        return service.submit(ANN, attemptAt(lesson), firstRight(0, count));
    }

    private LessonStatus.State state(Lesson lesson, Course course) {
        return service.status(ANN, lesson, course).state();
    }

    // Submitting

    @Test
    void submitting_grades_the_responses_and_records_the_attempt() {
        QuizAttempt quiz = attemptAt(FIRST);

        Attempt attempt = service.submit(ANN, quiz, firstRight(7, 10));

        assertThat(attempt.id()).isEqualTo(quiz.id());
        assertThat(attempt.lessonId()).isEqualTo("first");
        assertThat(attempt.lessonVersion()).isEqualTo(FIRST.version());
        assertThat(attempt.submittedAt()).isEqualTo(NOW);
        assertThat(attempt.percent()).isCloseTo(70, within(1e-9));
        assertThat(attempt.passed()).isTrue();
        LessonProgress progress = service.progress(ANN).lesson("first");
        assertThat(progress.attemptCount()).isEqualTo(1);
        assertThat(progress.latestAttempt()).contains(attempt);
        assertThat(progress.passedAt()).contains(NOW);
    }

    @Test
    void submitting_the_same_attempt_twice_answers_the_first_recorded_attempt_and_counts_once() {
        QuizAttempt quiz = attemptAt(FIRST);
        Attempt first = service.submit(ANN, quiz, firstRight(3, 10));

        Attempt again = serviceAt(NOW.plusSeconds(5)).submit(ANN, quiz, firstRight(10, 10));

        assertThat(again).isEqualTo(first);
        assertThat(again.submittedAt()).isEqualTo(NOW);
        assertThat(again.passed()).isFalse();
        LessonProgress progress = service.progress(ANN).lesson("first");
        assertThat(progress.attemptCount()).isEqualTo(1);
        assertThat(progress.isPassed()).isFalse();
    }

    @Test
    void concurrent_submissions_of_one_attempt_all_answer_the_one_recorded() throws Exception {
        QuizAttempt quiz = attemptAt(FIRST);
        int threads = 8;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt>> submitted = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int right = t + 1;
                submitted.add(executor.submit(() -> {
                    start.await();
                    return service.submit(ANN, quiz, firstRight(right, 10));
                }));
            }
            start.countDown();
            List<Attempt> answers = new ArrayList<>();
            for (Future<Attempt> future : submitted) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }

            LessonProgress progress = service.progress(ANN).lesson("first");
            assertThat(progress.attemptCount()).isEqualTo(1);
            assertThat(answers).containsOnly(progress.latestAttempt().orElseThrow());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void a_retry_is_recorded_as_another_attempt() {
        QuizAttempt quiz = service.startAttempt(FIRST);
        service.submit(ANN, quiz, firstRight(3, 10));

        QuizAttempt retry = service.retry(quiz);
        service.submit(ANN, retry, firstRight(9, 10));

        assertThat(retry.id()).isNotEqualTo(quiz.id());
        assertThat(retry.lesson()).isEqualTo(FIRST);
        assertThat(service.progress(ANN).lesson("first").attemptCount()).isEqualTo(2);
        assertThat(service.progress(ANN).lesson("first").bestPercent()).isCloseTo(90, within(1e-9));
    }

    // Status

    @Test
    void a_lesson_goes_from_not_started_to_read_to_passed() {
        Course course = course(FIRST);
        assertThat(state(FIRST, course)).isEqualTo(LessonStatus.State.NOT_STARTED);

        service.markRead(ANN, FIRST);
        assertThat(state(FIRST, course)).isEqualTo(LessonStatus.State.READ);

        pass(FIRST);
        assertThat(state(FIRST, course)).isEqualTo(LessonStatus.State.PASSED);
    }

    @Test
    void a_failed_attempt_leaves_the_lesson_read_but_not_passed() {
        fail(FIRST);

        assertThat(state(FIRST, course(FIRST))).isEqualTo(LessonStatus.State.READ);
    }

    @Test
    void a_lesson_is_locked_until_the_lesson_it_requires_is_passed() {
        Course course = course(FIRST, SECOND);

        LessonStatus locked = service.status(ANN, SECOND, course);
        fail(FIRST);
        LessonStatus stillLocked = service.status(ANN, SECOND, course);
        pass(FIRST);
        LessonStatus unlocked = service.status(ANN, SECOND, course);

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

        LessonStatus status = service.status(ANN, both, course(FIRST, other, both));

        assertThat(status.isLocked()).isTrue();
        assertThat(status.missingPrerequisites()).containsExactly(FIRST);
    }

    @Test
    void a_passed_lesson_stays_passed_when_requirements_are_added_later() {
        Lesson before = trueFalseLesson("second", 3);
        pass(before);

        LessonStatus status = service.status(ANN, SECOND, course(FIRST, SECOND));

        assertThat(status.state()).isEqualTo(LessonStatus.State.PASSED);
        assertThat(status.isLocked()).isFalse();
    }

    @Test
    void a_requirement_naming_a_lesson_not_in_the_course_is_ignored() {
        Lesson orphan = trueFalseLesson("orphan", 2, "gone");

        LessonStatus status = service.status(ANN, orphan, course(FIRST, orphan));

        assertThat(status.state()).isEqualTo(LessonStatus.State.NOT_STARTED);
        assertThat(status.missingPrerequisites()).isEmpty();
    }

    @Test
    void course_progress_counts_passed_lessons_and_completion_in_course_order() {
        Lesson third = trueFalseLesson("third", 2);
        Course course = course(FIRST, SECOND, third);
        pass(third);
        service.markRead(ANN, FIRST);

        CourseProgress progress = service.courseProgress(ANN, course);

        assertThat(progress.lessons()).extracting(LessonStatus::state).containsExactly(
                LessonStatus.State.READ, LessonStatus.State.LOCKED, LessonStatus.State.PASSED);
        assertThat(progress.passedCount()).isEqualTo(1);
        assertThat(progress.completion()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(progress.learner().learner()).isEqualTo(ANN);
    }

    @Test
    void course_progress_of_an_empty_course_is_zero_complete() {
        CourseProgress progress = service.courseProgress(ANN, course());

        assertThat(progress.passedCount()).isZero();
        assertThat(progress.completion()).isZero();
    }

    @Test
    void completion_is_full_when_every_lesson_is_passed() {
        pass(FIRST);
        pass(SECOND);

        assertThat(service.courseProgress(ANN, course(FIRST, SECOND)).completion()).isEqualTo(1.0);
    }

    // What to review

    @Test
    void review_lists_questions_not_fully_right_in_the_latest_attempt_only_in_course_order() {
        Lesson mixed = lesson("mixed", List.of(trueFalse(1, true),
                multipleChoice(2, right("a"), right("b"), wrong("c")), trueFalse(3, true)));
        Course course = course(FIRST, mixed);
        service.submit(ANN, attemptAt(FIRST), firstRight(0, 10));
        service.submit(ANN, attemptAt(mixed), Map.of(1, new Response.Truth(false)));
        service.submit(ANN, attemptAt(mixed), Map.of(
                1, new Response.Truth(true),
                2, new Response.Chosen(Set.of(0))));
        service.submit(ANN, attemptAt(FIRST), firstRight(9, 10));

        List<ReviewItem> review = service.toReview(ANN, course);

        assertThat(review).extracting(item -> item.lesson().id() + " " + item.result().questionNumber())
                .containsExactly("first 10", "mixed 2", "mixed 3");
        assertThat(review).extracting(item -> item.result().verdict())
                .containsExactly(Verdict.WRONG, Verdict.PARTLY_RIGHT, Verdict.UNANSWERED);
    }

    @Test
    void review_is_empty_without_attempts_or_after_a_perfect_latest_attempt() {
        Course course = course(FIRST);
        assertThat(service.toReview(ANN, course)).isEmpty();

        fail(FIRST);
        pass(FIRST);

        assertThat(service.toReview(ANN, course)).isEmpty();
    }

    // Names

    @Test
    void a_name_of_up_to_40_characters_is_accepted() {
        assertThat(ProgressService.problemWithName("A".repeat(40))).isEmpty();
        assertThat(ProgressService.problemWithName("  " + "A".repeat(40) + "  ")).isEmpty();
        assertThat(ProgressService.problemWithName("Zoë O’Brien-Šmidová")).isEmpty();
    }

    @Test
    void a_name_longer_than_40_characters_is_rejected() {
        assertThat(ProgressService.problemWithName("A".repeat(41))).contains("Use at most 40 characters.");
    }

    @Test
    void a_name_with_control_characters_is_rejected() {
        assertThat(ProgressService.problemWithName("Ann\nBen")).isPresent();
        assertThat(ProgressService.problemWithName("Ann\tBen")).isPresent();
        assertThat(ProgressService.problemWithName("Ann\u0000")).isPresent();
        assertThat(ProgressService.problemWithName("Ann\u0085Ben")).isPresent();
    }

    @Test
    void a_blank_name_is_accepted_as_a_guest() {
        assertThat(ProgressService.problemWithName("")).isEmpty();
        assertThat(ProgressService.problemWithName("   ")).isEmpty();
    }

    @Test
    void renaming_stores_the_name_without_surrounding_spaces() {
        service.rename(ANN, "  Ann  ");

        assertThat(service.progress(ANN).displayName()).isEqualTo("Ann");
        assertThat(service.progress(ANN).introduced()).isTrue();
        assertThat(service.progress(ANN).lastActive()).contains(NOW);
    }

    @Test
    void renaming_to_a_blank_name_continues_as_a_guest() {
        service.rename(ANN, "Ann");

        service.rename(ANN, "  ");

        assertThat(service.progress(ANN).isGuest()).isTrue();
    }

    @Test
    void renaming_with_a_bad_name_throws_and_changes_nothing() {
        service.rename(ANN, "Ann");

        assertThatThrownBy(() -> service.rename(ANN, "B".repeat(41))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.rename(ANN, "Ann\u0007")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Use letters, digits, spaces and punctuation only.");

        assertThat(service.progress(ANN).displayName()).isEqualTo("Ann");
    }

    @Test
    void marking_read_uses_the_clock() {
        service.markRead(ANN, FIRST);

        assertThat(service.progress(ANN).lesson("first").readAt()).contains(NOW);
    }
}
