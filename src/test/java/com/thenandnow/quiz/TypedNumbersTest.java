package com.thenandnow.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How a typed number is read: a decimal point or comma, nothing dropped, and a message for what cannot be read. */
class TypedNumbersTest {

    @Test
    void a_decimal_comma_reads_as_a_decimal_point() {
        assertThat(TypedNumbers.read("7,5")).contains(new BigDecimal("7.5"));
        assertThat(TypedNumbers.read(" -0,25 ")).contains(new BigDecimal("-0.25"));
        assertThat(TypedNumbers.read("1967")).contains(new BigDecimal("1967"));
        assertThat(TypedNumbers.problem("7,5")).isEmpty();
    }

    @Test
    void a_number_that_looks_like_thousands_is_not_guessed_but_asked_about() {
        assertThat(TypedNumbers.read("1,967")).isEmpty();
        assertThat(TypedNumbers.problem("1,967")).hasValueSatisfying(message ->
                assertThat(message).contains("without a thousands separator (1967, not 1,967)"));
    }

    @Test
    void text_that_is_no_number_gets_a_message_saying_what_to_write() {
        for (String typed : new String[] {"1e6", "7.5.1", "1,5,0", "about 5", "7.5,1", "1".repeat(40)}) {
            assertThat(TypedNumbers.read(typed)).as(typed).isEmpty();
            assertThat(TypedNumbers.problem(typed)).as(typed).hasValueSatisfying(message ->
                    assertThat(message).startsWith("This is not a number we can read"));
        }
    }

    @Test
    void blank_text_is_no_answer_and_no_problem() {
        assertThat(TypedNumbers.read("  ")).isEmpty();
        assertThat(TypedNumbers.problem("  ")).isEmpty();
    }
}
