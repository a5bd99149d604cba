package com.thenandnow.instructor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How the instructor asked for an export: which learners (the name filter of the page), the time zone of its
 * times (the one the page shows) and whether a UTF-8 byte-order mark comes first (for Excel, on by default).
 */
public record ExportOptions(NameFilter filter, ZoneId zone, boolean byteOrderMark) {

    public ExportOptions {
        Objects.requireNonNull(filter);
        Objects.requireNonNull(zone);
    }

    /** A time as ISO-8601 to the second, with the zone's offset: "2026-11-26T10:30:15+01:00", or "…Z" in UTC. */
    String time(Optional<Instant> at) {
        return at.map(this::time).orElse("");
    }

    String time(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
