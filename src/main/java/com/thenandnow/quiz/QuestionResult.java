package com.thenandnow.quiz;

import java.util.List;
import java.util.Objects;

/**
 * The grade of one question: score in [0, 1], the verdict, the learner's answer in words (for review
 * and item analysis) and the feedback of the options they picked, or a note on why the answer could not be
 * checked. The prompt is kept so a stored
 * attempt still reads right after the lesson file changes.
 */
public record QuestionResult(int questionNumber, String prompt, double score, Verdict verdict, String answer,
                             List<String> feedbackHtml) {

    public QuestionResult {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a question scores between 0 and 1: " + score);
        }
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(answer);
        feedbackHtml = List.copyOf(feedbackHtml);
    }

    public boolean isRight() {
        return verdict == Verdict.RIGHT;
    }
}
