package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationsTest {

    @Test
    void straight_and_curly_quotation_marks_set_quoted_passages_apart_from_the_course_s_own_words() {
        Quotations quotations = Quotations.in("He wrote \"a media frenzy\" and “traitors and frauds”, then stopped.");

        assertThat(quotations.quoted()).containsExactly("a media frenzy", "traitors and frauds");
        assertThat(quotations.unquoted()).containsExactly("He wrote ", " and ", ", then stopped.");
    }

    @Test
    void apostrophes_are_not_quotation_marks() {
        assertThat(Quotations.in("Stalin's daughter and the country’s leader").quoted()).isEmpty();
    }

    @Test
    void a_quotation_mark_left_open_hides_nothing_from_the_course_s_own_words() {
        Quotations quotations = Quotations.in("He said \"no more and went on without closing it.");

        assertThat(quotations.quoted()).isEmpty();
        assertThat(String.join("", quotations.unquoted())).contains("no more and went on without closing it.");
    }
}
