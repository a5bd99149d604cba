package com.thenandnow.lesson;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One parsed lesson: what learners read ({@code bodyHtml}, sanitized) and the quiz that follows.
 * {@code version} fingerprints the file's bytes, so an attempt can be tied to the version it was shown.
 */
public record Lesson(String id, int order, String title, String summary, int minutes, int passPercent,
                     List<Integer> sources, List<String> requires, boolean shuffle, String bodyHtml,
                     List<Question> questions, String fileName, String version) {

    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int DEFAULT_PASS_PERCENT = 70;
    /** Lessons are short; more questions than this make a quiz page heavy for the browser and the server. */
    public static final int MAX_QUESTIONS = 100;

    public Lesson {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(bodyHtml);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(version);
        sources = List.copyOf(sources);
        requires = List.copyOf(requires);
        questions = List.copyOf(questions);
        if (passPercent < 0 || passPercent > 100) {
            throw new IllegalArgumentException("pass must be within 0-100: " + passPercent);
        }
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be 1 or more: " + minutes);
        }
    }

    /** The same lesson with another body, such as the body with glossary terms marked. */
    public Lesson withBodyHtml(String html) {
        return new Lesson(id, order, title, summary, minutes, passPercent, sources, requires, shuffle, html, questions,
                fileName, version);
    }
}
