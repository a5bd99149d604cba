package com.thenandnow.instructor;

import com.thenandnow.lesson.Wording;
import com.thenandnow.quiz.QuizResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One learner in one live lesson: a cell of the class progress grid and a row of the CSV export.
 * {@code bestPercent} means nothing while {@code attempts} is 0.
 */
public record ProgressRow(String learnerName, String learnerId, String lessonId, String lessonTitle, boolean read,
                          int attempts, double bestPercent, OptionalDouble lastPercent, boolean passed,
                          Optional<Instant> lastAttemptAt) {

    public ProgressRow {
        Objects.requireNonNull(learnerName);
        Objects.requireNonNull(learnerId);
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(lessonTitle);
        Objects.requireNonNull(lastPercent);
        Objects.requireNonNull(lastAttemptAt);
    }

    public boolean hasAttempts() {
        return attempts > 0;
    }

    /** The best score as learners see it (rounded down), empty before any attempt. */
    public Optional<Integer> shownBest() {
        return hasAttempts() ? Optional.of(QuizResult.shown(bestPercent)) : Optional.empty();
    }

    public Optional<Integer> shownLast() {
        return lastPercent.isPresent() ? Optional.of(QuizResult.shown(lastPercent.getAsDouble())) : Optional.empty();
    }

    /** The grid's cell, such as "80% · 2 attempts · ✓"; "read" or "–" before any attempt. */
    public String summary() {
        if (!hasAttempts()) {
            return read ? "read" : "–";
        }
        return shownBest().orElseThrow() + "% · " + Wording.count(attempts, "attempt") + (passed ? " · ✓" : "");
    }
}
