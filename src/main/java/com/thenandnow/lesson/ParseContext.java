package com.thenandnow.lesson;

import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * What a lesson is read with besides its own text: the number of paragraphs of the source article and whether
 * short answers forgive a typo unless a question says otherwise (both from {@code _course.md}), and whether a file
 * referenced by an image exists beside the lessons.
 */
public record ParseContext(OptionalInt paragraphs, Predicate<String> assetExists, boolean typosForgiven) {

    public static final ParseContext STANDALONE = new ParseContext(OptionalInt.empty(), asset -> true);

    /** A context with the format's default for typos: forgiven. */
    public ParseContext(OptionalInt paragraphs, Predicate<String> assetExists) {
        this(paragraphs, assetExists, true);
    }

    String paragraphRange() {
        return paragraphs.isPresent() ? "¶1 to ¶" + paragraphs.getAsInt() : "paragraphs count from ¶1";
    }

    boolean isOutsideArticle(int paragraph) {
        return paragraph < 1 || paragraphs.isPresent() && paragraph > paragraphs.getAsInt();
    }
}
