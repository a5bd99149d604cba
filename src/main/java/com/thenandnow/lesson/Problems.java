package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is parsed. */
final class Problems {

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

    List<Problem> list() {
        return found.stream().sorted(Problem.IN_FILE_ORDER).toList();
    }
}
