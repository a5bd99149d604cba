package com.thenandnow.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final Instant AT = Instant.parse("2026-11-26T09:30:15.123456Z");

    private static ProgressRow row(String learner, String lesson) {
        return new ProgressRow(learner, "0b3c2f3e-1111-4222-8333-944445555666", lesson, "Title", true, 3, 85.7,
                OptionalDouble.of(71.4), true, Optional.of(AT));
    }

    @Test
    void the_export_starts_with_the_header_and_ends_every_line_with_crlf() {
        String csv = CsvExport.of(List.of(row("Zoe", "stalins-daughter")));
        assertThat(csv).isEqualTo("learner,lesson,attempts,best,last,passed,last_attempt\r\n"
                + "Zoe,stalins-daughter,3,85,71,yes,2026-11-26T09:30:15Z\r\n");
    }

    @Test
    void an_empty_class_gives_the_header_alone() {
        assertThat(CsvExport.of(List.of())).isEqualTo(CsvExport.HEADER + "\r\n");
    }

    @Test
    void a_lesson_without_attempts_has_empty_scores_and_time() {
        ProgressRow untouched = new ProgressRow("Zoe", "id", "dancers", "Dancers", false, 0, 0, OptionalDouble.empty(),
                false, Optional.empty());
        assertThat(CsvExport.of(List.of(untouched))).endsWith("\r\nZoe,dancers,0,,,no,\r\n");
    }

    @Test
    void a_name_with_a_comma_is_quoted() {
        assertThat(CsvExport.text("Petrova, Zoe")).isEqualTo("\"Petrova, Zoe\"");
    }

    @Test
    void quotes_inside_a_name_are_doubled_and_the_name_quoted() {
        assertThat(CsvExport.text("Zoe \"Z\" P")).isEqualTo("\"Zoe \"\"Z\"\" P\"");
    }

    @Test
    void a_line_break_inside_a_name_is_kept_within_quotes() {
        assertThat(CsvExport.text("Zoe\nP")).isEqualTo("\"Zoe\nP\"");
        assertThat(CsvExport.text("Zoe\r\nP")).isEqualTo("\"Zoe\r\nP\"");
    }

    @Test
    void plain_text_stays_unquoted() {
        assertThat(CsvExport.text("Zoë Petrova")).isEqualTo("Zoë Petrova");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote() {
        assertThat(CsvExport.text("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.text("+1")).isEqualTo("'+1");
        assertThat(CsvExport.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.text("a=b")).isEqualTo("a=b");
    }

    @Test
    void a_formula_name_with_a_comma_is_guarded_then_quoted() {
        String csv = CsvExport.of(List.of(row("=1+2,3", "stalins-daughter")));
        assertThat(csv).contains("\r\n\"'=1+2,3\",stalins-daughter,3,");
    }

    @Test
    void times_are_iso_8601_in_utc_to_the_second() {
        assertThat(CsvExport.of(List.of(row("Zoe", "x")))).contains(",2026-11-26T09:30:15Z\r\n");
    }
}
