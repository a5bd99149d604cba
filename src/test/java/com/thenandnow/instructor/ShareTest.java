package com.thenandnow.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void two_of_three_rounds_to_the_nearest_percent_not_down() {
        assertThat(new Share(2, 3).percent()).hasValue(67);
        assertThat(new Share(1, 3).percent()).hasValue(33);
    }

    @Test
    void an_exact_half_percent_rounds_up() {
        assertThat(new Share(1, 8).percent()).hasValue(13);
        assertThat(new Share(1, 200).percent()).hasValue(1);
        assertThat(new Share(1, 201).percent()).hasValue(0);
    }

    @Test
    void the_text_puts_the_count_beside_the_percent() {
        assertThat(new Share(2, 3).text()).isEqualTo("67% (2 of 3)");
        assertThat(new Share(0, 1).text()).isEqualTo("0% (0 of 1)");
        assertThat(new Share(0, 50).text()).isEqualTo("0% (0 of 50)");
    }

    @Test
    void the_exact_figure_keeps_two_decimals_without_trailing_zeros() {
        assertThat(new Share(2, 3).exact()).isEqualTo("2 of 3, 66.67%");
        assertThat(new Share(1, 2).exact()).isEqualTo("1 of 2, 50%");
        assertThat(new Share(3, 3).exact()).isEqualTo("3 of 3, 100%");
    }

    @Test
    void nothing_counted_yet_is_a_dash_not_zero_percent() {
        Share none = new Share(0, 0);
        assertThat(none.percent()).isEmpty();
        assertThat(none.text()).isEqualTo("–");
        assertThat(none.exact()).isEqualTo("none counted yet");
    }

    @Test
    void a_part_larger_than_the_whole_is_rejected() {
        assertThatThrownBy(() -> new Share(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Share(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
