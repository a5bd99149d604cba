package com.thenandnow.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lenient comparison of typed answers: case, accents, surrounding spaces and trailing punctuation do not count. */
public final class ShortAnswers {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ShortAnswers() {
    }

    public static String normalise(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String unified = plain.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        String trimmed = TRAILING_PUNCTUATION.matcher(unified.strip()).replaceAll("");
        return SPACES.matcher(trimmed).replaceAll(" ");
    }

    public static boolean matches(String typed, String accepted) {
        return !typed.isBlank() && normalise(typed).equals(normalise(accepted));
    }
}
