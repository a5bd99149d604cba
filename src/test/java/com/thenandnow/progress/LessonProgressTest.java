package com.thenandnow.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thenandnow.quiz.QuizResult;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One learner's progress in one lesson, as a value: reading, adding attempts, trimming. */
class LessonProgressTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private static Attempt attempt(int minute, double percent) {
        return new Attempt(UUID.randomUUID(), "alliluyeva", "v1", T0.plusSeconds(60L * minute),
                new QuizResult(List.of(), percent, 70));
    }

    @Test
    void empty_progress_is_unread_unpassed_and_without_attempts() {
        LessonProgress empty = LessonProgress.empty("alliluyeva");

        assertThat(empty.isRead()).isFalse();
        assertThat(empty.isPassed()).isFalse();
        assertThat(empty.hasAttempts()).isFalse();
        assertThat(empty.attemptCount()).isZero();
        assertThat(empty.latestAttempt()).isEmpty();
        assertThat(empty.firstAttempt()).isEmpty();
    }

    @Test
    void reading_again_keeps_the_first_read_time() {
        LessonProgress read = LessonProgress.empty("alliluyeva").read(T0);

        LessonProgress again = read.read(T0.plusSeconds(60));

        assertThat(again.readAt()).contains(T0);
        assertThat(again).isSameAs(read);
    }

    @Test
    void an_attempt_is_added_and_counts_as_reading() {
        Attempt attempt = attempt(1, 50);

        LessonProgress progress = LessonProgress.empty("alliluyeva").withAttempt(attempt, 5);

        assertThat(progress.attemptCount()).isEqualTo(1);
        assertThat(progress.latestAttempt()).contains(attempt);
        assertThat(progress.firstAttempt()).contains(attempt);
        assertThat(progress.attempt(attempt.id())).contains(attempt);
        assertThat(progress.readAt()).contains(attempt.submittedAt());
        assertThat(progress.bestPercent()).isEqualTo(50);
        assertThat(progress.isPassed()).isFalse();
    }

    @Test
    void the_same_attempt_added_twice_is_recorded_once() {
        Attempt attempt = attempt(1, 80);
        LessonProgress once = LessonProgress.empty("alliluyeva").withAttempt(attempt, 5);

        LessonProgress twice = once.withAttempt(attempt, 5);

        assertThat(twice).isSameAs(once);
        assertThat(twice.attemptCount()).isEqualTo(1);
    }

    @Test
    void only_the_latest_attempts_are_kept_while_the_totals_survive() {
        Attempt first = attempt(1, 40);
        Attempt passing = attempt(2, 90);
        Attempt later = attempt(3, 75);
        Attempt latest = attempt(4, 10);

        LessonProgress progress = LessonProgress.empty("alliluyeva")
                .withAttempt(first, 2).withAttempt(passing, 2).withAttempt(later, 2).withAttempt(latest, 2);

        assertThat(progress.recentAttempts()).containsExactly(later, latest);
        assertThat(progress.attemptCount()).isEqualTo(4);
        assertThat(progress.bestPercent()).isEqualTo(90);
        assertThat(progress.passedAt()).contains(passing.submittedAt());
        assertThat(progress.firstAttempt()).contains(first);
        assertThat(progress.latestAttempt()).contains(latest);
    }

    @Test
    void an_attempt_resent_while_it_is_kept_is_not_counted_again() {
        Attempt kept = attempt(2, 90);
        LessonProgress progress = LessonProgress.empty("alliluyeva").withAttempt(attempt(1, 40), 2).withAttempt(kept, 2);

        LessonProgress resent = progress.withAttempt(kept, 2);

        assertThat(resent).isSameAs(progress);
        assertThat(resent.attemptCount()).isEqualTo(2);
    }

    @Test
    void the_first_attempt_can_still_be_found_after_it_was_trimmed_from_the_recent_ones() {
        Attempt first = attempt(1, 40);

        LessonProgress progress = LessonProgress.empty("alliluyeva").withAttempt(first, 1).withAttempt(attempt(2, 50), 1);

        assertThat(progress.recentAttempts()).doesNotContain(first);
        assertThat(progress.attempt(first.id())).contains(first);
    }

    @Test
    void a_later_failing_attempt_does_not_undo_passing() {
        Attempt passing = attempt(1, 70);

        LessonProgress progress = LessonProgress.empty("alliluyeva").withAttempt(passing, 5).withAttempt(attempt(2, 0), 5);

        assertThat(progress.isPassed()).isTrue();
        assertThat(progress.passedAt()).contains(passing.submittedAt());
        assertThat(progress.bestPercent()).isEqualTo(70);
    }

    @Test
    void recent_attempts_cannot_be_changed_from_outside() {
        LessonProgress progress = LessonProgress.empty("alliluyeva").withAttempt(attempt(1, 40), 5);

        assertThatThrownBy(() -> progress.recentAttempts().add(attempt(2, 50)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
