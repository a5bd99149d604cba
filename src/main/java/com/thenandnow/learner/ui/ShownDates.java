package com.thenandnow.learner.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as the learner's pages show them, in the app clock's zone: "1 May 2024, 10:00", or the day alone. */
final class ShownDates {

    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    ShownDates(Clock clock) {
        time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(clock.getZone());
        day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(clock.getZone());
    }

    String of(Instant instant) {
        return time.format(instant);
    }

    String day(Instant instant) {
        return day.format(instant);
    }
}
