package com.thenandnow.progress;

import com.thenandnow.quiz.QuizResult;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One recorded quiz attempt, tied to the lesson version it was graded against. */
public record Attempt(UUID id, String lessonId, String lessonVersion, Instant submittedAt, QuizResult result) {

    public Attempt {
        Objects.requireNonNull(id);
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(lessonVersion);
        Objects.requireNonNull(submittedAt);
        Objects.requireNonNull(result);
    }

    public double percent() {
        return result.percent();
    }

    public boolean passed() {
        return result.passed();
    }
}
