package com.thenandnow.lesson;

import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * What a lesson is checked against besides its own text: the number of paragraphs of the source
 * article (from {@code _course.md}) and whether a file referenced by an image exists beside the lessons.
 */
public record ParseContext(OptionalInt paragraphs, Predicate<String> assetExists) {

    public static final ParseContext STANDALONE = new ParseContext(OptionalInt.empty(), asset -> true);

    String paragraphRange() {
        return paragraphs.isPresent() ? "¶1 to ¶" + paragraphs.getAsInt() : "paragraphs count from ¶1";
    }

    boolean isOutsideArticle(int paragraph) {
        return paragraph < 1 || paragraphs.isPresent() && paragraph > paragraphs.getAsInt();
    }
}
