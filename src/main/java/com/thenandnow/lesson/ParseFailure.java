package com.thenandnow.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns an unexpected exception while parsing one file into an error of that file, so a bug met by one
 * lesson never stops the others from loading, a reload from going live, or the app from starting.
 */
final class ParseFailure {

    private static final String APP_PACKAGE = "com.thenandnow.";
    /** An exception's message may quote the whole input, such as a number of a million digits. */
    private static final int MESSAGE_LENGTH = 100;

    private ParseFailure() {
    }

    /** The parse of a lesson file, or an error of that file when parsing throws. */
    static ParsedLesson guard(LessonSource file, Supplier<ParsedLesson> parse) {
        try {
            return parse.get();
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedLesson(file, Optional.empty(), List.of(problem(file, e)), 1, 1);
        }
    }

    /**
     * The error at line 1: the app cannot tell which line set it off. It names the exception and where in the
     * app it was thrown, which is what a bug report needs.
     */
    static Problem problem(LessonSource file, Throwable e) {
        return new Problem(file.path(), 1, Severity.ERROR, "this file could not be read because of an error in the app ("
                + describe(e) + "); the rest of the course is not affected; please report it with this file");
    }

    /** The exception and where in the app it was thrown, such as {@code java.lang.IllegalStateException: … at X.java:12}. */
    static String describe(Throwable e) {
        String where = Arrays.stream(e.getStackTrace()).filter(frame -> frame.getClassName().startsWith(APP_PACKAGE))
                .findFirst().map(frame -> " at " + frame.getFileName() + ":" + frame.getLineNumber()).orElse("");
        String message = String.valueOf(e.getMessage());
        String cut = message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) + "…" : message;
        return e.getClass().getName() + ": " + cut + where;
    }
}
