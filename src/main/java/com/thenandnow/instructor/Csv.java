package com.thenandnow.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV as RFC 4180 says: CRLF line ends; a field with a comma, quote or line break in quotes, its quotes
 * doubled. Learners choose their own names and answers, and a spreadsheet runs a cell that starts with
 * {@code = + - @} (or a tab or carriage return) as a formula, so such a cell gets a leading single quote; the
 * numbers and times written here never start so. An optional UTF-8 byte-order mark comes first, so Excel on
 * Windows reads accented names right. Rows go straight to the writer: an export of thousands of learners is
 * never held whole in memory.
 */
final class Csv {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String CRLF = "\r\n";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");

    private final Writer out;

    /** Starts a CSV on {@code out}: the byte-order mark if asked for, then the header. */
    Csv(Writer out, boolean byteOrderMark, List<String> header) {
        this.out = out;
        if (byteOrderMark) {
            write(String.valueOf(BYTE_ORDER_MARK));
        }
        row(header);
    }

    void row(List<String> cells) {
        write(String.join(",", cells.stream().map(Csv::cell).toList()) + CRLF);
    }

    /** A cell: guarded against formulas, then quoted if needed. */
    static String cell(String value) {
        String guarded = FORMULA_START.matcher(value).find() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(guarded).find() ? "\"" + guarded.replace("\"", "\"\"") + "\"" : guarded;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV", e);
        }
    }
}
