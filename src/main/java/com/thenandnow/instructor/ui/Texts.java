package com.thenandnow.instructor.ui;

import com.thenandnow.quiz.ui.Percent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.OptionalDouble;

/** How the instructor screens write paragraphs, times and shares. */
final class Texts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private Texts() {
    }

    static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** A share as a percent, or a dash while there is nothing to share. */
    static String percent(OptionalDouble share) {
        return share.isPresent() ? Percent.of(share.getAsDouble()) : "–";
    }
}
