package com.thenandnow.lesson;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What {@code _course.md} says about the whole course; {@code paragraphs} bounds {@code Source: ¶N}, and
 * {@code typosForgiven} is the default of every short answer's {@code Typos:}.
 */
public record CourseInfo(String title, String subtitle, String source, OptionalInt paragraphs, String welcomeHtml,
                         boolean typosForgiven) {

    public static final CourseInfo UNTITLED = new CourseInfo("Then & Now", "", "", OptionalInt.empty(), "", true);

    public CourseInfo {
        Objects.requireNonNull(title);
        Objects.requireNonNull(subtitle);
        Objects.requireNonNull(source);
        Objects.requireNonNull(paragraphs);
        Objects.requireNonNull(welcomeHtml);
    }

    /** The welcome's first paragraph, which the home page shows in full; all of it when it does not open with one. */
    public String welcomeLeadHtml() {
        return welcomeHtml.substring(0, leadEnd());
    }

    /** The rest of the welcome, which the home page keeps under "About this course". */
    public String welcomeMoreHtml() {
        return welcomeHtml.substring(leadEnd()).strip();
    }

    private int leadEnd() {
        int end = welcomeHtml.indexOf("</p>");
        return welcomeHtml.startsWith("<p>") && end >= 0 ? end + "</p>".length() : welcomeHtml.length();
    }
}
