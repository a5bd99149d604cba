package com.thenandnow.lesson;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a timeline event as its heading gives it: a year ({@code 1967}), a month ({@code June 1974},
 * {@code 1974-06}) or a day ({@code 24 February 2022}, {@code 2022-02-24}). {@code month} and {@code day} are 0
 * when not given. {@link #datetime()} is the machine-readable form an HTML {@code <time>} element takes.
 */
public record TimelineDate(String text, int year, int month, int day) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,9})\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    public TimelineDate {
        Objects.requireNonNull(text);
        if (day > 0) {
            LocalDate.of(year, month, day);
        } else if (month > 0) {
            YearMonth.of(year, month);
        }
    }

    /** The date a heading gives, if it is one of the accepted forms and exists (no 31 June). */
    public static Optional<TimelineDate> parse(String heading) {
        String text = heading.strip();
        try {
            return Optional.ofNullable(read(text));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TimelineDate read(String text) {
        Matcher matcher;
        if ((matcher = YEAR.matcher(text)).matches()) {
            return new TimelineDate(text, year(matcher.group(1)), 0, 0);
        }
        if ((matcher = MONTH_YEAR.matcher(text)).matches()) {
            return new TimelineDate(text, year(matcher.group(2)), month(matcher.group(1)), 0);
        }
        if ((matcher = DAY_MONTH_YEAR.matcher(text)).matches()) {
            return new TimelineDate(text, year(matcher.group(3)), month(matcher.group(2)), Integer.parseInt(matcher.group(1)));
        }
        if ((matcher = ISO.matcher(text)).matches()) {
            int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            return new TimelineDate(text, year(matcher.group(1)), Integer.parseInt(matcher.group(2)), day);
        }
        return null;
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    /** A month's full English name, in any case ("June", "june"); any other word throws IllegalArgumentException. */
    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    /** Such as {@code 1967}, {@code 1974-06} or {@code 2022-02-24}. */
    public String datetime() {
        String iso = String.format("%04d", year);
        if (month > 0) {
            iso += String.format("-%02d", month);
        }
        return day > 0 ? iso + String.format("-%02d", day) : iso;
    }

    /** The first day the date covers: 1 January for a year, the 1st for a month. */
    public LocalDate first() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day the date covers. */
    public LocalDate last() {
        if (day > 0) {
            return first();
        }
        return month > 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /** Whether all of this date lies before all of {@code other}: 1961 is before 1967, not before June 1961. */
    public boolean isWhollyBefore(TimelineDate other) {
        return last().isBefore(other.first());
    }
}
