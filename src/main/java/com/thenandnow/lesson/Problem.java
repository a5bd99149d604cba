package com.thenandnow.lesson;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a lesson file, at a 1-based line (front matter included), or at {@link #WHOLE_FILE} when it
 * concerns the file as a whole (it could not be read). Its text form, {@code path:line: severity: message}
 * ({@code path: severity: message} for the whole file), is what editors and CI logs understand.
 */
public record Problem(String path, int line, Severity severity, String message) {

    public static final int WHOLE_FILE = 0;

    public static final Comparator<Problem> IN_FILE_ORDER =
            Comparator.comparing(Problem::path).thenComparingInt(Problem::line).thenComparing(Problem::severity);

    public Problem {
        Objects.requireNonNull(path);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        if (line < WHOLE_FILE) {
            throw new IllegalArgumentException("line must be 1 or more, or 0 for the whole file: " + line);
        }
    }

    /** An error about the file as a whole, such as one that cannot be read. */
    static Problem fileError(String path, String message) {
        return new Problem(path, WHOLE_FILE, Severity.ERROR, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + (line == WHOLE_FILE ? "" : ":" + line) + ": " + severity.label() + ": " + message;
    }
}
