package com.thenandnow.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Learner ids as they come back from a cookie. */
class LearnerIdTest {

    @Test
    void a_random_id_parses_back_to_itself() {
        LearnerId id = LearnerId.random();

        assertThat(LearnerId.parse(id.value())).contains(id);
        assertThat(id.toString()).isEqualTo(id.value());
    }

    @Test
    void random_ids_differ() {
        assertThat(LearnerId.random()).isNotEqualTo(LearnerId.random());
    }

    @Test
    void a_tampered_or_foreign_cookie_value_parses_to_nothing() {
        assertThat(LearnerId.parse(null)).isEmpty();
        assertThat(LearnerId.parse("")).isEmpty();
        assertThat(LearnerId.parse("guest")).isEmpty();
        assertThat(LearnerId.parse("1234")).isEmpty();
        assertThat(LearnerId.parse("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")).isEmpty();
    }

    @Test
    void an_id_in_capitals_parses_to_the_same_learner() {
        LearnerId id = new LearnerId("0f8fad5b-d9cb-469f-a165-70867728950e");

        assertThat(LearnerId.parse("0F8FAD5B-D9CB-469F-A165-70867728950E")).contains(id);
    }

    @Test
    void a_malformed_id_is_rejected() {
        assertThatThrownBy(() -> new LearnerId("not an id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LearnerId(null)).isInstanceOf(NullPointerException.class);
    }
}
