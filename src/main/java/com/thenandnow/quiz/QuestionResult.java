package com.thenandnow.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade of one question: score in [0, 1], the verdict, the learner's answer in words (for review
 * and item analysis) and the feedback of the options they picked, or a note on why the answer could not be
 * checked. The prompt is kept so a stored attempt still reads right after the lesson file changes.
 * <p>{@code response} is what the learner gave, so a stored attempt can show its marks again (empty for an
 * unanswered question, and in attempts recorded before responses were kept). {@code carriedOver} marks a
 * question that was right in an earlier attempt and not asked again in a "retry my mistakes" attempt.
 */
public record QuestionResult(int questionNumber, String prompt, double score, Verdict verdict, String answer,
                             List<String> feedbackHtml, Optional<Response> response, boolean carriedOver) {

    public QuestionResult {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a question scores between 0 and 1: " + score);
        }
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(answer);
        feedbackHtml = List.copyOf(feedbackHtml);
        response = SharedResponses.shared(response);
        if (carriedOver && verdict != Verdict.RIGHT) {
            throw new IllegalArgumentException("only a right answer is carried over: question " + questionNumber);
        }
    }

    /** A result without the learner's response, as attempts were recorded before responses were kept. */
    public QuestionResult(int questionNumber, String prompt, double score, Verdict verdict, String answer,
                          List<String> feedbackHtml) {
        this(questionNumber, prompt, score, verdict, answer, feedbackHtml, Optional.empty(), false);
    }

    public boolean isRight() {
        return verdict == Verdict.RIGHT;
    }

    public boolean isAnswered() {
        return verdict != Verdict.UNANSWERED;
    }

    /** This result as kept in a "retry my mistakes" attempt that does not ask the question again. */
    public QuestionResult carriedOverResult() {
        return new QuestionResult(questionNumber, prompt, score, verdict, answer, feedbackHtml, response, true);
    }
}
