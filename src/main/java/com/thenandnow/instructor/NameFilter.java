package com.thenandnow.instructor;

import java.util.Locale;
import java.util.Objects;

/**
 * The instructor's filter on learners' names, applied across the instructor area: the learner grid, the lesson
 * summaries, the item analysis and both exports. A learner matches when their name contains the text, ignoring
 * case and the spaces around it; a blank filter matches everyone.
 */
public record NameFilter(String text) {

    public static final NameFilter EVERYONE = new NameFilter("");

    public NameFilter {
        text = Objects.requireNonNull(text).strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(String name) {
        return name.toLowerCase(Locale.ROOT).contains(text);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
