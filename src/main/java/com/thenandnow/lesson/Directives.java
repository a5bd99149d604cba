package com.thenandnow.lesson;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lines such as {@code Source: ¶6} or {@code Lesson: stalins-daughter}: a known name, a colon and a value, at the
 * start of a source line, in any case. Questions, glossary terms and timeline events mark their parts this way.
 */
final class Directives {

    private Directives() {
    }

    /** Matches a whole line holding one of {@code names}; group 1 is the name, group 2 the value. */
    static Pattern pattern(String... names) {
        String alternatives = Arrays.stream(names).map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("^\\s*(" + alternatives + ")\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    }
}
