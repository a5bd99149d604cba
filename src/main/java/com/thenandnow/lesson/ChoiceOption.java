package com.thenandnow.lesson;

import java.util.Objects;

/** One option of a choice question; {@code feedbackHtml} is shown when the learner picked it (empty if none). */
public record ChoiceOption(String text, boolean correct, String feedbackHtml) {

    public ChoiceOption {
        Objects.requireNonNull(text);
        Objects.requireNonNull(feedbackHtml);
    }

    public boolean hasFeedback() {
        return !feedbackHtml.isEmpty();
    }
}
