package com.thenandnow.lesson;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The whole numbers of the lesson format: {@code minutes}, {@code pass}, {@code order}, {@code sources} and
 * {@code paragraphs} in the front matter, and the ¶ numbers of {@code Source:} lines. Each has at most
 * {@link #MAX_DIGITS} digits (leading zeros aside), so none can overflow an int, however many digits are typed.
 */
final class WholeNumbers {

    static final int MAX_DIGITS = 6;

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private WholeNumbers() {
    }

    /** Whether the text is a whole number, of any length. */
    static boolean isWhole(String text) {
        return WHOLE.matcher(text).matches();
    }

    /** The number, if {@code text} is a whole number of at most {@link #MAX_DIGITS} digits. */
    static OptionalInt parse(String text) {
        if (!isWhole(text)) {
            return OptionalInt.empty();
        }
        int first = Character.isDigit(text.charAt(0)) ? 0 : 1;
        while (first < text.length() - 1 && text.charAt(first) == '0') {
            first++;
        }
        if (text.length() - first > MAX_DIGITS) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text.substring(first));
        return OptionalInt.of(text.startsWith("-") ? -value : value);
    }
}
