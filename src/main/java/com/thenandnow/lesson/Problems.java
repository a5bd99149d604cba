package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is parsed. */
final class Problems {

    /** How much of a long value a message quotes: a problem must not repeat a megabyte the author pasted. */
    private static final int EXCERPT_LENGTH = 20;

    private final String path;
    private final List<Problem> found = new ArrayList<>();

    Problems(String path) {
        this.path = path;
    }

    void error(int line, String message) {
        found.add(new Problem(path, Math.max(1, line), Severity.ERROR, message));
    }

    void warning(int line, String message) {
        found.add(new Problem(path, Math.max(1, line), Severity.WARNING, message));
    }

    boolean hasErrors() {
        return ProblemCount.of(found).hasErrors();
    }

    /** How many errors so far: a part of a file whose reading added one is left out of its draft. */
    long errorCount() {
        return ProblemCount.of(found).errors();
    }

    /** The value as a message quotes it: whole when short, else its start and an ellipsis. */
    static String excerpt(String value) {
        return value.length() > EXCERPT_LENGTH ? value.substring(0, EXCERPT_LENGTH) + "…" : value;
    }

    List<Problem> list() {
        return found.stream().sorted(Problem.IN_FILE_ORDER).toList();
    }
}
