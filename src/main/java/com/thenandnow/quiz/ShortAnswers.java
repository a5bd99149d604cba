package com.thenandnow.quiz;

import com.thenandnow.lesson.Question;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lenient comparison of typed answers: case, accents, surrounding spaces and trailing punctuation do not
 * count, and where the question forgives typos, one typo in an answer of {@value #MIN_LETTERS_FOR_TYPOS} letters
 * or more does not either. Every step runs in one pass over the text, as learners may paste anything into the
 * answer field.
 */
public final class ShortAnswers {

    /** The longest typed answer that is checked: the answer field's maxlength, and the grader's limit. */
    public static final int MAX_LENGTH = 200;
    /** The shortest accepted answer, in letters, that forgives a typo. */
    public static final int MIN_LETTERS_FOR_TYPOS = Question.ShortAnswer.MIN_LETTERS_FOR_TYPOS;

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

    public static boolean matchesAny(String typed, List<String> variants) {
        return variants.stream().anyMatch(variant -> matches(typed, variant));
    }

    /**
     * The accepted variant that {@code typed} misses by one typo (a letter wrong, missing or extra, or two
     * neighbouring letters swapped), when it matches no variant exactly and the question forgives typos; only
     * variants of {@value #MIN_LETTERS_FOR_TYPOS} letters or more forgive one. The learner is told its spelling.
     */
    public static Optional<String> nearMiss(String typed, List<String> variants, boolean typosForgiven) {
        if (!typosForgiven || typed.isBlank() || typed.length() > MAX_LENGTH || matchesAny(typed, variants)) {
            return Optional.empty();
        }
        String given = normalise(typed);
        return variants.stream().filter(variant -> {
            String accepted = normalise(variant);
            return letters(accepted) >= MIN_LETTERS_FOR_TYPOS && oneEditApart(given, accepted);
        }).findFirst();
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    /** Whether two different texts are one edit apart, found in one pass: the texts around the first difference must agree. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() > b.length()) {
            return a.startsWith(b.substring(i), i + 1);
        }
        if (b.length() > a.length()) {
            return b.startsWith(a.substring(i), i + 1);
        }
        boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.startsWith(b.substring(i + 2), i + 2);
        return swapped || a.startsWith(b.substring(i + 1), i + 1);
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
