package com.thenandnow.quiz;

import static com.thenandnow.quiz.QuizFixtures.matching;
import static com.thenandnow.quiz.QuizFixtures.multipleChoice;
import static com.thenandnow.quiz.QuizFixtures.number;
import static com.thenandnow.quiz.QuizFixtures.ordering;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.shortAnswer;
import static com.thenandnow.quiz.QuizFixtures.singleChoice;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The right answer in words, for each kind of question. */
class AnswerKeyTest {

    @Test
    void single_choice_is_described_by_its_right_option() {
        assertThat(AnswerKey.describe(singleChoice(1, wrong("A dancer"), right("Stalin's only daughter"), wrong("A diplomat"))))
                .containsExactly("Stalin's only daughter");
    }

    @Test
    void multiple_choice_is_described_by_its_right_options_in_file_order() {
        assertThat(AnswerKey.describe(multipleChoice(1, right("Nureyev"), wrong("Gagarin"), right("Baryshnikov"))))
                .containsExactly("Nureyev", "Baryshnikov");
    }

    @Test
    void true_false_is_described_as_true_or_false() {
        assertThat(AnswerKey.describe(trueFalse(1, true))).containsExactly("True");
        assertThat(AnswerKey.describe(trueFalse(1, false))).containsExactly("False");
    }

    @Test
    void short_answer_is_described_by_its_first_variant_then_the_others_accepted() {
        assertThat(AnswerKey.describe(shortAnswer(1, "Baryshnikov"))).containsExactly("Baryshnikov");
        assertThat(AnswerKey.describe(shortAnswer(1, "Baryshnikov", "Mikhail Baryshnikov", "Misha")))
                .containsExactly("Baryshnikov", "Also accepted: Mikhail Baryshnikov, Misha");
    }

    @Test
    void number_is_described_with_its_tolerance_when_it_has_one() {
        assertThat(AnswerKey.describe(number(1, "1967", "0"))).containsExactly("1967");
        assertThat(AnswerKey.describe(number(1, "1967", "1"))).containsExactly("1967 (± 1)");
        assertThat(AnswerKey.describe(number(1, "2.50", "0.5"))).containsExactly("2.5 (± 0.5)");
        assertThat(AnswerKey.describe(number(1, "1967.0", "0.0"))).containsExactly("1967");
        assertThat(AnswerKey.describe(number(1, "1E+3", "0"))).containsExactly("1000");
    }

    @Test
    void ordering_is_described_as_a_numbered_list_in_the_right_order() {
        assertThat(AnswerKey.describe(ordering(1, "Nureyev", "Alliluyeva", "Baryshnikov")))
                .containsExactly("1. Nureyev", "2. Alliluyeva", "3. Baryshnikov");
    }

    @Test
    void matching_is_described_pair_by_pair() {
        assertThat(AnswerKey.describe(matching(1, "Nureyev -> treason", "Baryshnikov -> kidnapped")))
                .containsExactly("Nureyev → treason", "Baryshnikov → kidnapped");
    }
}
