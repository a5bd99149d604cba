package com.thenandnow.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Common responses kept with results are shared, so kept attempts stay small; uncommon ones are not cached. */
class SharedResponsesTest {

    private static QuestionResult result(Response response) {
        return new QuestionResult(1, "Q", 1, Verdict.RIGHT, "a", List.of(), Optional.of(response), false);
    }

    @Test
    void equal_common_responses_are_one_instance() {
        assertThat(result(new Response.Chosen(Set.of(1))).response()).isSameAs(result(new Response.Chosen(Set.of(1))).response());
        assertThat(result(new Response.Truth(false)).response()).isSameAs(result(new Response.Truth(false)).response());
        assertThat(result(new Response.Arranged(List.of(2, 0, 1))).response())
                .isSameAs(result(new Response.Arranged(List.of(2, 0, 1))).response());
    }

    @Test
    void typed_answers_and_large_or_odd_indexes_are_kept_as_they_are() {
        for (Response response : List.of(new Response.Typed("Nureyev"), new Response.Chosen(Set.of(12)),
                new Response.Chosen(Set.of(-1)), new Response.Arranged(List.of(4, 3, 2, 1, 0)))) {
            assertThat(result(response).response()).as(response.toString()).isNotSameAs(result(response).response())
                    .contains(response);
        }
    }
}
