package com.thenandnow.instructor;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Class progress as CSV, one row per learner and lesson (RFC 4180: CRLF line ends, fields with a comma,
 * quote or line break in quotes, quotes doubled). Learners choose their own names, and a spreadsheet runs
 * a cell that starts with {@code = + - @} (or a tab or carriage return) as a formula, so such a cell gets a
 * leading single quote. Times are ISO-8601 in UTC; a lesson without attempts has empty best, last and time.
 */
public final class CsvExport {

    public static final String HEADER = "learner,lesson,attempts,best,last,passed,last_attempt";
    private static final String CRLF = "\r\n";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");

    private CsvExport() {
    }

    /** The CSV text of the rows, header first. */
    public static String of(List<ProgressRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
        rows.forEach(row -> csv.append(line(row)).append(CRLF));
        return csv.toString();
    }

    private static String line(ProgressRow row) {
        return String.join(",", text(row.learnerName()), text(row.lessonId()), String.valueOf(row.attempts()),
                number(row.shownBest()), number(row.shownLast()), row.passed() ? "yes" : "no",
                time(row.lastAttemptAt()));
    }

    /** A cell of free text: guarded against formulas, then quoted if needed. */
    static String text(String value) {
        String guarded = FORMULA_START.matcher(value).find() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(guarded).find() ? "\"" + guarded.replace("\"", "\"\"") + "\"" : guarded;
    }

    private static String number(Optional<Integer> value) {
        return value.map(String::valueOf).orElse("");
    }

    private static String time(Optional<Instant> value) {
        return value.map(at -> DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS))).orElse("");
    }
}
