package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.ShownTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the learner's pages show them in one zone: "2024-05-01 10:00 CEST" (zone named), or the day alone. */
final class ShownDates {

    private final ZoneId zone;
    private final DateTimeFormatter day;

    ShownDates(ZoneId zone) {
        this.zone = zone;
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(zone);
    }

    String of(Instant instant) {
        return ShownTime.of(instant, zone);
    }

    String day(Instant instant) {
        return day.format(instant);
    }
}
