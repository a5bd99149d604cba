package com.thenandnow.progress;

import static com.thenandnow.quiz.QuizFixtures.firstRight;
import static com.thenandnow.quiz.QuizFixtures.trueFalseLesson;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.MovableClock;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.CourseInfo;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizAttempt;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The finish line's summary: only for a course whose every lesson is passed; time spent leaves breaks out. */
class CourseCompletionTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();
    private static final Lesson FIRST = trueFalseLesson("first", 4);
    private static final Lesson SECOND = trueFalseLesson("second", 6);
    private static final Course COURSE = new Course(CourseInfo.UNTITLED, List.of(FIRST, SECOND), List.of(),
            Instant.EPOCH, Optional.empty());

    private final MovableClock clock = MovableClock.at(T0);
    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final ProgressRecorder recorder = new ProgressRecorder(store, clock, new ProgressProperties(20),
            new SimpleMeterRegistry());
    private final CourseStanding standing = new CourseStanding(store, clock);

    private void check(Lesson lesson, int right) {
        recorder.submit(ANN, new QuizAttempt(UUID.randomUUID(), lesson, 1), firstRight(right, lesson.questions().size()));
    }

    @Test
    void a_course_with_a_lesson_not_passed_has_no_completion() {
        check(FIRST, 4);

        assertThat(standing.completion(ANN, COURSE)).isEmpty();
    }

    @Test
    void a_completed_course_sums_up_lessons_the_day_it_was_completed_time_spent_without_breaks_and_questions_mastered() {
        recorder.markRead(ANN, FIRST);
        clock.advance(Duration.ofMinutes(5));
        check(FIRST, 4);
        clock.advance(Duration.ofHours(3));
        recorder.markRead(ANN, SECOND);
        clock.advance(Duration.ofMinutes(6));
        check(SECOND, 5);

        CourseCompletion completion = standing.completion(ANN, COURSE).orElseThrow();

        assertThat(completion.lessons()).extracting(status -> status.lesson().id()).containsExactly("first", "second");
        assertThat(completion.completedAt()).isEqualTo(clock.instant());
        assertThat(completion.timeSpent()).isEqualTo(Duration.ofMinutes(11));
        assertThat(completion.questions()).isEqualTo(10);
        assertThat(completion.mastered()).isEqualTo(9);
        assertThat(completion.learnerName()).startsWith("Guest ");
    }
}
