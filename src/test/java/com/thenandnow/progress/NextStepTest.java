package com.thenandnow.progress;

import static com.thenandnow.quiz.QuizFixtures.firstRight;
import static com.thenandnow.quiz.QuizFixtures.trueFalseLesson;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.MovableClock;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.CourseInfo;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rule behind the home page's first card: start, continue (quiz, review, next lesson) or complete. */
class NextStepTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();
    private static final Lesson FIRST = trueFalseLesson("first", 4);
    private static final Lesson SECOND = trueFalseLesson("second", 4);
    private static final Lesson LAST = trueFalseLesson("last", 4, "first", "second");
    private static final Course COURSE = new Course(CourseInfo.UNTITLED, List.of(FIRST, SECOND, LAST), List.of(),
            Instant.EPOCH, Optional.empty());

    private final MovableClock clock = MovableClock.at(T0);
    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final ProgressRecorder recorder = new ProgressRecorder(store, clock, new ProgressProperties(20),
            new SimpleMeterRegistry());
    private final OpenQuizzes quizzes = new OpenQuizzes(store, new com.thenandnow.quiz.QuizAttempts(), clock);

    private NextStep step() {
        return step(COURSE).orElseThrow();
    }

    private Optional<NextStep> step(Course course) {
        LearnerProgress learner = store.progress(ANN);
        return NextStep.pick(CourseProgress.of(learner, course), ReviewQueue.of(learner, course, clock.instant()));
    }

    private void check(Lesson lesson, int right) {
        recorder.submit(ANN, new QuizAttempt(UUID.randomUUID(), lesson, 1), firstRight(right, 4));
    }

    @Test
    void a_newcomer_starts_the_first_lesson() {
        assertThat(step()).isEqualTo(new NextStep.Start(FIRST));
    }

    @Test
    void a_course_without_lessons_has_no_step() {
        assertThat(step(new Course(CourseInfo.UNTITLED, List.of(), List.of(), Instant.EPOCH, Optional.empty()))).isEmpty();
    }

    @Test
    void a_learner_who_read_a_lesson_continues_with_its_quiz_and_one_who_passed_it_with_the_next_lesson() {
        recorder.markRead(ANN, FIRST);
        assertThat(step()).isInstanceOfSatisfying(NextStep.TakeQuiz.class,
                quiz -> assertThat(quiz.status().lesson()).isEqualTo(FIRST));

        check(FIRST, 4);
        assertThat(step()).isEqualTo(new NextStep.Read(SECOND));
    }

    @Test
    void an_unfinished_quiz_comes_first_the_newest_one() {
        check(FIRST, 4);
        quizzes.saveDraft(ANN, new QuizAttempt(UUID.randomUUID(), SECOND, 1), Map.of(1, new Response.Truth(true)));
        clock.advance(Duration.ofMinutes(1));
        quizzes.saveDraft(ANN, new QuizAttempt(UUID.randomUUID(), FIRST, 1),
                Map.of(1, new Response.Truth(true), 2, new Response.Truth(false)));

        assertThat(step()).isEqualTo(new NextStep.FinishQuiz(FIRST, 2));
    }

    @Test
    void a_draft_of_a_lesson_version_no_longer_live_is_no_unfinished_quiz() {
        Lesson older = new Lesson("second", 1, "Lesson second", "", 1, 70, List.of(), List.of(), true, "", SECOND.questions(),
                "second.md", "an older version");
        quizzes.saveDraft(ANN, new QuizAttempt(UUID.randomUUID(), older, 1), Map.of(1, new Response.Truth(true)));

        assertThat(step()).isEqualTo(new NextStep.Read(FIRST));
    }

    @Test
    void a_due_review_comes_before_the_next_lesson_but_not_before_it_is_due() {
        check(FIRST, 2);
        assertThat(step()).isInstanceOf(NextStep.TakeQuiz.class);

        clock.advance(Duration.ofDays(1));
        assertThat(step()).isEqualTo(new NextStep.Review(2));
    }

    @Test
    void a_locked_lesson_is_skipped_and_the_course_is_complete_once_every_lesson_is_passed_and_nothing_is_due() {
        check(FIRST, 4);
        check(SECOND, 4);
        assertThat(step()).isEqualTo(new NextStep.Read(LAST));

        check(LAST, 3);
        check(LAST, 4);
        assertThat(step()).isEqualTo(new NextStep.Complete());

        clock.advance(Duration.ofDays(1));
        assertThat(step()).isEqualTo(new NextStep.Review(1));
    }

    @Test
    void the_first_open_lesson_is_next_even_when_a_later_one_is_read() {
        check(FIRST, 4);
        recorder.markRead(ANN, LAST);

        assertThat(step()).isEqualTo(new NextStep.Read(SECOND));
    }
}
