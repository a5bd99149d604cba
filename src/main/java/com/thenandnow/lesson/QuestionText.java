package com.thenandnow.lesson;

import java.util.List;
import java.util.Objects;

/**
 * What every question has besides its answer block: the prompt (the heading), optional details that add
 * to it, an optional hint, the explanation shown after checking, and the article paragraphs it rests on.
 * HTML fields are rendered and sanitized; empty strings stand for "none".
 */
public record QuestionText(int number, int line, String prompt, String detailsHtml, String hint,
                           String explanationHtml, List<Integer> sources) {

    public QuestionText {
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(detailsHtml);
        Objects.requireNonNull(hint);
        Objects.requireNonNull(explanationHtml);
        sources = List.copyOf(sources);
        if (number < 1) {
            throw new IllegalArgumentException("question numbers start at 1");
        }
    }

    public boolean hasHint() {
        return !hint.isEmpty();
    }

    public boolean hasExplanation() {
        return !explanationHtml.isEmpty();
    }
}
