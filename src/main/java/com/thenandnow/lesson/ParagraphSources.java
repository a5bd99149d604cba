package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of a {@code Source:} line, such as {@code ¶6, ¶7}: the article paragraphs a question, a term or
 * an event rests on. A number outside the article, or a line that names none, is a warning.
 */
final class ParagraphSources {

    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d+");

    private ParagraphSources() {
    }

    static List<Integer> read(String value, int line, ParseContext context, Problems problems) {
        List<Integer> sources = new ArrayList<>();
        Matcher numbers = PARAGRAPH_NUMBER.matcher(value);
        boolean named = false;
        while (numbers.find()) {
            OptionalInt paragraph = WholeNumbers.parse(numbers.group());
            if (paragraph.isEmpty() || context.isOutsideArticle(paragraph.getAsInt())) {
                problems.warning(line, "Source: ¶" + Problems.excerpt(numbers.group()) + " is outside the article ("
                        + context.paragraphRange() + "); check the paragraph number");
            }
            paragraph.ifPresent(sources::add);
            named = true;
        }
        if (!named) {
            problems.warning(line, "'Source:' names no paragraph; write e.g. 'Source: ¶6' or 'Source: ¶6, ¶7'");
        }
        return sources;
    }
}
