package com.thenandnow.lesson;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a lesson file, at a 1-based line (front matter included).
 * Its text form, {@code path:line: severity: message}, is what editors and CI logs understand.
 */
public record Problem(String path, int line, Severity severity, String message) {

    public static final Comparator<Problem> IN_FILE_ORDER =
            Comparator.comparing(Problem::path).thenComparingInt(Problem::line).thenComparing(Problem::severity);

    public Problem {
        Objects.requireNonNull(path);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + severity.label() + ": " + message;
    }
}
