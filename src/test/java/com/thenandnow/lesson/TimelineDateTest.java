package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates a timeline heading may give, and what they span. */
class TimelineDateTest {

    @ParameterizedTest
    @CsvSource({
            "1967, 1967, 1967-01-01, 1967-12-31",
            "June 1974, 1974-06, 1974-06-01, 1974-06-30",
            "february 2024, 2024-02, 2024-02-01, 2024-02-29",
            "24 February 2022, 2022-02-24, 2022-02-24, 2022-02-24",
            "1974-06, 1974-06, 1974-06-01, 1974-06-30",
            "2022-02-24, 2022-02-24, 2022-02-24, 2022-02-24"})
    void a_year_a_month_or_a_day_is_a_date_with_its_machine_readable_form_and_span(String text, String datetime,
                                                                                  LocalDate first, LocalDate last) {
        TimelineDate date = TimelineDate.parse(text).orElseThrow();

        assertThat(date.text()).isEqualTo(text);
        assertThat(date.datetime()).isEqualTo(datetime);
        assertThat(date.first()).isEqualTo(first);
        assertThat(date.last()).isEqualTo(last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "67", "1960s", "Spring 1967", "31 June 1974", "29 February 2023", "1967-13", "June, 1974",
            "24 Feb 2022", "12345"})
    void anything_else_is_not_a_date(String text) {
        assertThat(TimelineDate.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1961, 1967, true", "1967, 1961, false", "1961, June 1961, false", "June 1961, 1961, false",
            "May 1961, June 1961, true", "1953, 24 February 2022, true"})
    void a_date_is_wholly_before_another_only_when_all_of_it_is(String earlier, String later, boolean before) {
        assertThat(TimelineDate.parse(earlier).orElseThrow().isWhollyBefore(TimelineDate.parse(later).orElseThrow()))
                .isEqualTo(before);
    }
}
