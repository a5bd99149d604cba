package com.thenandnow.progress;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The answers given so far in a quiz attempt not yet checked, so that a reload, the Back button or a visit days
 * later finds them. It names the attempt (its id gives the order the questions were shown in), the lesson version
 * it was shown at and the attempt it retries the mistakes of, if any. Its size is bounded by the answer limits:
 * at most one response per question of a lesson, each within {@link Response#isWithinLimits()}.
 */
public record QuizDraft(UUID attemptId, String lessonVersion, Optional<UUID> retryOf, Map<Integer, Response> responses,
                        Instant savedAt) {

    public QuizDraft {
        Objects.requireNonNull(attemptId);
        Objects.requireNonNull(lessonVersion);
        Objects.requireNonNull(retryOf);
        responses = Map.copyOf(responses);
        Objects.requireNonNull(savedAt);
        if (responses.size() > Lesson.MAX_QUESTIONS) {
            throw new IllegalArgumentException("a draft holds at most " + Lesson.MAX_QUESTIONS + " answers");
        }
        if (responses.values().stream().anyMatch(response -> response instanceof Response.Blank || !response.isWithinLimits())) {
            throw new IllegalArgumentException("a draft holds only answers given, within the answer limits");
        }
    }

    /**
     * The draft of {@code attempt} with the responses to the questions it asks; blank responses and any beyond the
     * answer limits (which the browser should never send) are left out.
     */
    public static QuizDraft of(QuizAttempt attempt, Map<Integer, Response> responses, Instant at) {
        Map<Integer, Response> kept = attempt.questions().stream().map(question -> question.text().number())
                .filter(responses::containsKey)
                .filter(number -> !(responses.get(number) instanceof Response.Blank) && responses.get(number).isWithinLimits())
                .collect(Collectors.toMap(number -> number, responses::get));
        return new QuizDraft(attempt.id(), attempt.lesson().version(), attempt.retryOf(), kept, at);
    }

    /** Nothing answered: no draft worth keeping. */
    public boolean isEmpty() {
        return responses.isEmpty();
    }
}
