package com.thenandnow.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lenient comparison of typed answers, on its own. */
class ShortAnswersTest {

    @Test
    void normalising_lowercases_strips_accents_spaces_and_trailing_punctuation() {
        assertThat(ShortAnswers.normalise("  Nouréev!? ")).isEqualTo("noureev");
        assertThat(ShortAnswers.normalise("Ïgor Ñovák.")).isEqualTo("igor novak");
    }

    @Test
    void normalising_turns_curly_apostrophes_straight() {
        assertThat(ShortAnswers.normalise("Stalin’s ‘daughter’")).isEqualTo("stalin's 'daughter");
    }

    @Test
    void normalising_keeps_inner_punctuation_and_collapses_inner_runs_of_spaces() {
        assertThat(ShortAnswers.normalise("St. Petersburg")).isEqualTo("st. petersburg");
        assertThat(ShortAnswers.normalise("Mikhail \t Baryshnikov")).isEqualTo("mikhail baryshnikov");
    }

    @Test
    void accents_case_spaces_and_trailing_punctuation_do_not_count() {
        assertThat(ShortAnswers.matches("Noureev", "Nouréev")).isTrue();
        assertThat(ShortAnswers.matches("NOURÉEV", "Noureev")).isTrue();
        assertThat(ShortAnswers.matches("  Baryshnikov  ", "Baryshnikov")).isTrue();
        assertThat(ShortAnswers.matches("Baryshnikov.", "Baryshnikov")).isTrue();
        assertThat(ShortAnswers.matches("baryshnikov!", "Baryshnikov")).isTrue();
        assertThat(ShortAnswers.matches("O’Neill", "O'Neill")).isTrue();
    }

    @Test
    void inner_differences_still_count() {
        assertThat(ShortAnswers.matches("Baryshnikova", "Baryshnikov")).isFalse();
        assertThat(ShortAnswers.matches("Bary shnikov", "Baryshnikov")).isFalse();
        assertThat(ShortAnswers.matches("St Petersburg", "St. Petersburg")).isFalse();
        assertThat(ShortAnswers.matches("ONeill", "O'Neill")).isFalse();
        assertThat(ShortAnswers.matches("Nureyev", "Nouréev")).isFalse();
    }

    @Test
    void a_blank_answer_never_matches() {
        assertThat(ShortAnswers.matches("", "Baryshnikov")).isFalse();
        assertThat(ShortAnswers.matches("   ", "Baryshnikov")).isFalse();
    }

    @Test
    void any_mix_of_trailing_punctuation_and_spaces_is_cut() {
        assertThat(ShortAnswers.normalise("France . ! ?\t")).isEqualTo("france");
        assertThat(ShortAnswers.normalise("«Paris»")).isEqualTo("«paris");
        assertThat(ShortAnswers.normalise("¿Qué?")).isEqualTo("¿que");
        assertThat(ShortAnswers.normalise("!!!")).isEmpty();
    }

    /** A regex anchored at the end retries from every character of a run: a megabyte of "!" took hours. */
    @Test
    void a_pasted_megabyte_of_punctuation_before_a_letter_is_normalised_in_one_pass() {
        String pasted = "!".repeat(1 << 20) + "x";

        String normalised = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ShortAnswers.normalise(pasted));

        assertThat(normalised).isEqualTo(pasted);
    }

    // One typo forgiven

    private static final List<String> DANCER = List.of("Baryshnikov", "Mikhail Baryshnikov");

    @Test
    void one_letter_wrong_missing_extra_or_swapped_is_a_near_miss_of_the_variant() {
        assertThat(ShortAnswers.nearMiss("Barishnikov", DANCER, true)).contains("Baryshnikov");
        assertThat(ShortAnswers.nearMiss("Baryshnkov", DANCER, true)).contains("Baryshnikov");
        assertThat(ShortAnswers.nearMiss("Baryshnikkov", DANCER, true)).contains("Baryshnikov");
        assertThat(ShortAnswers.nearMiss("Baryshinkov", DANCER, true)).contains("Baryshnikov");
        assertThat(ShortAnswers.nearMiss("mikhail barishnikov.", DANCER, true)).contains("Mikhail Baryshnikov");
    }

    @Test
    void two_typos_an_exact_match_or_typos_not_forgiven_are_no_near_miss() {
        assertThat(ShortAnswers.nearMiss("Barishnikow", DANCER, true)).isEmpty();
        assertThat(ShortAnswers.nearMiss("BARYSHNIKOV", DANCER, true)).isEmpty();
        assertThat(ShortAnswers.nearMiss("Barishnikov", DANCER, false)).isEmpty();
        assertThat(ShortAnswers.nearMiss("", DANCER, true)).isEmpty();
    }

    @Test
    void answers_of_fewer_than_six_letters_forgive_no_typo() {
        assertThat(ShortAnswers.nearMiss("Pari", List.of("Paris"), true)).isEmpty();
        assertThat(ShortAnswers.nearMiss("Parks", List.of("Paris"), true)).isEmpty();
        assertThat(ShortAnswers.nearMiss("Moskow", List.of("Moscow"), true)).contains("Moscow");
        assertThat(ShortAnswers.nearMiss("U.S.A", List.of("U.S.A."), true)).isEmpty();
    }

    @Test
    void one_edit_apart_is_symmetric_and_never_true_for_equal_texts() {
        assertThat(ShortAnswers.oneEditApart("glasnost", "glasnot")).isTrue();
        assertThat(ShortAnswers.oneEditApart("glasnot", "glasnost")).isTrue();
        assertThat(ShortAnswers.oneEditApart("untied states", "united states")).isTrue();
        assertThat(ShortAnswers.oneEditApart("glasnost", "glasnost")).isFalse();
        assertThat(ShortAnswers.oneEditApart("abcdef", "badcef")).isFalse();
        assertThat(ShortAnswers.oneEditApart("abcdef", "abcdefgh")).isFalse();
    }
}
