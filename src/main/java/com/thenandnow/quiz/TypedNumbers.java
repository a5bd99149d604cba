package com.thenandnow.quiz;

import com.thenandnow.lesson.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a number typed by a learner is read: digits with a decimal point or a decimal comma ({@code 7.5} or
 * {@code 7,5}), within {@link Decimals}' limits. Nothing typed is dropped or guessed: text that cannot be read
 * gets a message saying why, which the answer field shows at once and the grader repeats.
 */
public final class TypedNumbers {

    /** "1,967" could be a year with a thousands separator or a fraction: asking is kinder than guessing. */
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");

    private TypedNumbers() {
    }

    /** The number the text writes, if it can be read. */
    public static Optional<BigDecimal> read(String typed) {
        String text = typed.strip();
        return isThousands(text) ? Optional.empty() : Decimals.parse(withPoint(text));
    }

    /** Why the text cannot be read as a number; empty when it can, or when it is blank. */
    public static Optional<String> problem(String typed) {
        if (typed.isBlank() || read(typed).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(isThousands(typed.strip())
                ? "Write whole numbers without a thousands separator (1967, not 1,967); for a fraction, "
                        + "use one decimal point or comma (7.5 or 7,5)."
                : "This is not a number we can read: use digits, a minus sign if needed, and at most one decimal "
                        + "point or comma, such as 1967 or 7,5 (at most " + Decimals.MAX_DIGITS + " digits).");
    }

    private static boolean isThousands(String text) {
        return text.length() <= Decimals.MAX_LENGTH && THOUSANDS.matcher(text).matches();
    }

    /** A single comma, with no point, is a decimal comma. */
    private static String withPoint(String text) {
        boolean oneComma = text.indexOf(',') >= 0 && text.indexOf(',') == text.lastIndexOf(',');
        return oneComma && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
    }
}
