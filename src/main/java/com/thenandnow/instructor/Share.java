package com.thenandnow.instructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

/**
 * A part of a whole, such as 2 of 3 learners. Shown as a percent rounded to the nearest whole (half up, so 2 of 3
 * is 67% and 1 of 8 is 13%) with the count beside it, since 0% of 1 and 0% of 50 say different things. Rounding
 * is done in whole numbers, so no binary fraction tips a half the wrong way.
 */
public record Share(int part, int whole) {

    public Share {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("a share is between none and all: " + part + " of " + whole);
        }
    }

    /** The percent rounded to the nearest whole, empty while there is nothing to share. */
    public OptionalInt percent() {
        return whole == 0 ? OptionalInt.empty() : OptionalInt.of((int) ((200L * part + whole) / (2L * whole)));
    }

    /** Such as "67% (2 of 3)"; a dash while nobody has been counted. */
    public String text() {
        return whole == 0 ? "–" : percent().getAsInt() + "% (" + part + " of " + whole + ")";
    }

    /** The exact figure, for a tooltip or a screen reader: "2 of 3, 66.67%"; "none counted yet" for 0 of 0. */
    public String exact() {
        if (whole == 0) {
            return "none counted yet";
        }
        BigDecimal percent = BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return part + " of " + whole + ", " + percent.stripTrailingZeros().toPlainString() + "%";
    }
}
