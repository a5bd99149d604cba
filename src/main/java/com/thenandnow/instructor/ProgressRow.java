package com.thenandnow.instructor;

import com.thenandnow.lesson.Wording;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LessonProgress;
import com.thenandnow.quiz.QuizResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner in one lesson: a cell of the class progress grid, a lesson of the learner's page and a row of the
 * class CSV, all read from the learner's {@link LessonProgress} (an empty one for a lesson never opened).
 * <ul>
 * <li><b>started</b>: opened the lesson or answered its quiz;</li>
 * <li><b>read</b>: opened the lesson itself before any attempt at its quiz. The app counts a quiz taken as the
 * lesson read, so a learner who went straight to the quiz has their lesson "read" at their first attempt; here
 * they have started but not read it.</li>
 * </ul>
 * Scores are shown as learners see them: rounded down, so a shown score at the pass mark has passed.
 */
public record ProgressRow(String learnerId, String learnerName, String lessonId, String lessonTitle,
                          LessonProgress progress) {

    public ProgressRow {
        Objects.requireNonNull(learnerId);
        Objects.requireNonNull(learnerName);
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(lessonTitle);
        Objects.requireNonNull(progress);
    }

    public boolean started() {
        return progress.isRead() || progress.hasAttempts();
    }

    /** When the learner opened the lesson itself, before any attempt at its quiz. */
    public Optional<Instant> readAt() {
        return progress.readAt().filter(at -> progress.firstAttempt().map(first -> at.isBefore(first.submittedAt()))
                .orElse(true));
    }

    public boolean read() {
        return readAt().isPresent();
    }

    public int attempts() {
        return progress.attemptCount();
    }

    public boolean hasAttempts() {
        return progress.hasAttempts();
    }

    public boolean passed() {
        return progress.isPassed();
    }

    public Optional<Instant> passedAt() {
        return progress.passedAt();
    }

    public Optional<Instant> lastAttemptAt() {
        return progress.latestAttempt().map(Attempt::submittedAt);
    }

    /** The best score as learners see it, empty before any attempt. */
    public Optional<Integer> shownBest() {
        return hasAttempts() ? Optional.of(QuizResult.shown(progress.bestPercent())) : Optional.empty();
    }

    public Optional<Integer> shownLast() {
        return progress.latestAttempt().map(attempt -> QuizResult.shown(attempt.percent()));
    }

    /** The attempts kept, numbered, oldest first. */
    public List<NumberedAttempt> keptAttempts() {
        return NumberedAttempt.of(progress);
    }

    /** The grid's cell, such as "80% · 2 · ✓" (best · attempts · passed); "Read", "Started" or "–" before any attempt. */
    public String summary() {
        if (!hasAttempts()) {
            return read() ? "Read" : started() ? "Started" : "–";
        }
        return shownBest().orElseThrow() + "% · " + attempts() + (passed() ? " · ✓" : "");
    }

    /** The cell in words, for its tooltip and screen readers: "Best 80%, 2 attempts, passed". */
    public String description() {
        if (!hasAttempts()) {
            return read() ? "Read, no attempt yet" : started() ? "Started, no attempt yet" : "Not started";
        }
        return "Best " + shownBest().orElseThrow() + "%, " + Wording.count(attempts(), "attempt")
                + (passed() ? ", passed" : ", not passed yet");
    }
}
