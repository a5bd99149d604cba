package com.thenandnow.instructor;

import java.util.Locale;
import java.util.Objects;

/**
 * The instructor's filter on learners' names, applied across the instructor area: the learner grid, the lesson
 * summaries, the item analysis and both exports. A learner matches when their name contains the text, ignoring
 * case and the spaces around it; a blank filter matches everyone. It comes from a field and an address, so it is
 * cut to {@value #MAX_LENGTH} characters, longer than any name a learner can choose.
 */
public record NameFilter(String text) {

    public static final int MAX_LENGTH = 100;
    public static final NameFilter EVERYONE = new NameFilter("");

    public NameFilter {
        String given = Objects.requireNonNull(text).strip();
        text = given.substring(0, Math.min(given.length(), MAX_LENGTH)).strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(String name) {
        return name.toLowerCase(Locale.ROOT).contains(text);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
