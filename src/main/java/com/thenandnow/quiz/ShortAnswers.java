package com.thenandnow.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lenient comparison of typed answers: case, accents, surrounding spaces and trailing punctuation do not
 * count. Every step runs in one pass over the text, as learners may paste anything into the answer field.
 */
public final class ShortAnswers {

    /** The longest typed answer that is checked: the answer field's maxlength, and the grader's limit. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ShortAnswers() {
    }

    public static String normalise(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String unified = plain.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        return SPACES.matcher(withoutTrailingPunctuation(unified)).replaceAll(" ");
    }

    public static boolean matches(String typed, String accepted) {
        return !typed.isBlank() && normalise(typed).equals(normalise(accepted));
    }

    /**
     * The text up to its last character that is neither punctuation nor a space. Found by one scan from the
     * end: the regex {@code [\p{P}\s]+$} retried from every character of a run, quadratic on a pasted "!!!…x".
     */
    private static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0) {
            int last = text.codePointBefore(end);
            if (!isPunctuationOrSpace(last)) {
                break;
            }
            end -= Character.charCount(last);
        }
        return text.substring(0, end).strip();
    }

    private static boolean isPunctuationOrSpace(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
        };
    }
}
