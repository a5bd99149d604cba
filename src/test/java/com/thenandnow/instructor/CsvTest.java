package com.thenandnow.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer both exports use: RFC 4180 quoting, the formula guard and the byte-order mark. */
class CsvTest {

    private static String csv(boolean byteOrderMark, List<String> header, List<String> row) {
        StringWriter out = new StringWriter();
        new Csv(out, byteOrderMark, header).row(row);
        return out.toString();
    }

    @Test
    void the_header_comes_first_and_every_line_ends_with_crlf() {
        assertThat(csv(false, List.of("a", "b"), List.of("1", "2"))).isEqualTo("a,b\r\n1,2\r\n");
    }

    @Test
    void the_byte_order_mark_comes_before_the_header_when_asked_for() {
        assertThat(csv(true, List.of("a"), List.of("1"))).isEqualTo("\uFEFFa\r\n1\r\n");
    }

    @Test
    void a_name_with_a_comma_is_quoted() {
        assertThat(Csv.cell("Petrova, Zoe")).isEqualTo("\"Petrova, Zoe\"");
    }

    @Test
    void quotes_inside_a_name_are_doubled_and_the_name_quoted() {
        assertThat(Csv.cell("Zoe \"Z\" P")).isEqualTo("\"Zoe \"\"Z\"\" P\"");
    }

    @Test
    void a_line_break_inside_a_name_is_kept_within_quotes() {
        assertThat(Csv.cell("Zoe\nP")).isEqualTo("\"Zoe\nP\"");
        assertThat(Csv.cell("Zoe\r\nP")).isEqualTo("\"Zoe\r\nP\"");
    }

    @Test
    void plain_text_and_accented_letters_stay_unquoted() {
        assertThat(Csv.cell("Zoë Petrova")).isEqualTo("Zoë Petrova");
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void a_formula_with_a_comma_is_guarded_then_quoted() {
        assertThat(csv(false, List.of("name"), List.of("=1+2,3"))).endsWith("\r\n\"'=1+2,3\"\r\n");
    }
}
