package com.thenandnow.lesson;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The numbers of number questions, as authors write answers and tolerances and as learners type them: plain
 * decimals such as {@code 1967}, {@code -2.5} or {@code .5}, of at most {@link #MAX_DIGITS} digits. The text
 * is checked before any {@link BigDecimal} is made from it, so reading and comparing such numbers stays cheap
 * ({@code 1e50000000} would cost a minute of arithmetic, and a megabyte of digits seconds of parsing).
 */
public final class Decimals {

    public static final int MAX_DIGITS = 30;
    /** The longest text such a number can be: its digits, a sign and a decimal point. */
    public static final int MAX_LENGTH = MAX_DIGITS + 2;

    /** Digits with an optional decimal point ({@code 1967}, {@code 2.5}, {@code .5}, {@code 5.}), without a sign. */
    static final String UNSIGNED = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
    static final String SIGNED = "[+-]?" + UNSIGNED;

    private static final Pattern PLAIN = Pattern.compile(SIGNED);

    private Decimals() {
    }

    /** The number written by {@code text} (surrounding spaces aside), if it is a plain decimal within the limits. */
    public static Optional<BigDecimal> parse(String text) {
        String number = text.strip();
        if (number.length() > MAX_LENGTH || !isPlain(number) || digits(number) > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(number));
    }

    /** Whether the text has the shape of a plain decimal, whatever its length. */
    static boolean isPlain(String text) {
        return PLAIN.matcher(text).matches();
    }

    static long digits(String text) {
        return text.chars().filter(c -> c >= '0' && c <= '9').count();
    }

    /** Whether a number is small enough to have come from {@link #parse}: no more digits either side of the point. */
    static boolean isWithinLimits(BigDecimal number) {
        return number.scale() <= MAX_DIGITS && number.scale() >= -MAX_DIGITS
                && number.precision() - number.scale() <= MAX_DIGITS;
    }
}
