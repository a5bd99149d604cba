package com.thenandnow.quiz;

import static com.thenandnow.quiz.QuizFixtures.matching;
import static com.thenandnow.quiz.QuizFixtures.multipleChoice;
import static com.thenandnow.quiz.QuizFixtures.number;
import static com.thenandnow.quiz.QuizFixtures.ordering;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.shortAnswer;
import static com.thenandnow.quiz.QuizFixtures.singleChoice;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.withFeedback;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.thenandnow.lesson.Question;
import com.thenandnow.lesson.Decimals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grading one question of each kind, by the rules of the format's "Scoring" section. */
class QuizGraderTest {

    private static final Question.SingleChoice WHO = singleChoice(1,
            right("Stalin's only daughter"),
            withFeedback(wrong("A ballet dancer"), "<p>That was Rudolf Nureyev.</p>"),
            wrong("A Soviet diplomat"));

    /** Two right options (0 and 1) of four; each option has feedback. */
    private static final Question.MultipleChoice WHICH = multipleChoice(2,
            withFeedback(right("Nureyev"), "<p>Paris, 1961.</p>"),
            withFeedback(right("Baryshnikov"), "<p>Toronto, 1974.</p>"),
            withFeedback(wrong("Gagarin"), "<p>He came back.</p>"),
            withFeedback(wrong("Khrushchev"), "<p>He stayed.</p>"));

    private static final Question.ShortAnswer DANCER = shortAnswer(3, "Baryshnikov", "Mikhail Baryshnikov");
    private static final Question.NumberAnswer YEAR = number(4, "1967", "1");
    private static final Question.Ordering ORDER = ordering(5, "Nureyev", "Alliluyeva", "Baryshnikov", "Gordievsky");
    private static final Question.Matching MATCH = matching(6,
            "Nureyev -> tried in absentia", "Baryshnikov -> called kidnapped", "Alliluyeva -> met with silence");

    private static QuestionResult grade(Question question, Response response) {
        return QuizGrader.grade(question, response);
    }

    private static Response picked(Integer... options) {
        return new Response.Chosen(Set.of(options));
    }

    private static Response typed(String text) {
        return new Response.Typed(text);
    }

    private static Response figure(String value) {
        return new Response.Figure(value);
    }

    private static Response arranged(Integer... items) {
        return new Response.Arranged(List.of(items));
    }

    // Single choice

    @Test
    void single_choice_with_the_right_option_picked_scores_1_and_is_right() {
        QuestionResult result = grade(WHO, picked(0));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(result.isRight()).isTrue();
        assertThat(result.answer()).isEqualTo("Stalin's only daughter");
    }

    @Test
    void single_choice_with_a_wrong_option_picked_scores_0_and_returns_that_options_feedback() {
        QuestionResult result = grade(WHO, picked(1));

        assertThat(result.score()).isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(result.answer()).isEqualTo("A ballet dancer");
        assertThat(result.feedbackHtml()).containsExactly("<p>That was Rudolf Nureyev.</p>");
    }

    @Test
    void single_choice_option_without_feedback_returns_no_feedback() {
        assertThat(grade(WHO, picked(2)).feedbackHtml()).isEmpty();
        assertThat(grade(WHO, picked(0)).feedbackHtml()).isEmpty();
    }

    @Test
    void single_choice_with_two_options_picked_counts_as_unanswered() {
        QuestionResult result = grade(WHO, picked(0, 1));

        assertThat(result.verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(result.score()).isZero();
    }

    @Test
    void single_choice_naming_an_option_the_question_does_not_have_counts_as_unanswered() {
        assertThat(grade(WHO, picked(3)).verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(grade(WHO, picked(-1)).verdict()).isEqualTo(Verdict.UNANSWERED);
    }

    // Multiple choice: (right picks - wrong picks) / right options, never below 0

    @Test
    void multiple_choice_with_every_right_option_and_no_other_scores_1() {
        QuestionResult result = grade(WHICH, picked(0, 1));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.verdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void multiple_choice_with_one_of_two_right_options_scores_a_half_and_is_partly_right() {
        QuestionResult result = grade(WHICH, picked(1));

        assertThat(result.score()).isEqualTo(0.5);
        assertThat(result.verdict()).isEqualTo(Verdict.PARTLY_RIGHT);
        assertThat(result.isRight()).isFalse();
    }

    @Test
    void multiple_choice_with_one_right_and_one_wrong_pick_scores_0() {
        QuestionResult result = grade(WHICH, picked(0, 2));

        assertThat(result.score()).isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void multiple_choice_with_every_option_picked_scores_0() {
        assertThat(grade(WHICH, picked(0, 1, 2, 3)).score()).isZero();
    }

    @Test
    void multiple_choice_with_more_wrong_than_right_picks_never_scores_below_0() {
        assertThat(grade(WHICH, picked(2, 3)).score()).isZero();
        assertThat(grade(WHICH, picked(0, 2, 3)).score()).isZero();
    }

    @Test
    void multiple_choice_scores_right_minus_wrong_picks_over_right_options() {
        Question.MultipleChoice threeRight = multipleChoice(1, right("a"), right("b"), right("c"), wrong("d"), wrong("e"));

        assertThat(grade(threeRight, picked(0)).score()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(grade(threeRight, picked(0, 1)).score()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(grade(threeRight, picked(0, 1, 3)).score()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(grade(threeRight, picked(0, 1, 2)).score()).isEqualTo(1.0);
        assertThat(grade(threeRight, picked(0, 1, 2, 3)).verdict()).isEqualTo(Verdict.PARTLY_RIGHT);
    }

    @Test
    void multiple_choice_returns_the_feedback_of_each_picked_option_in_file_order() {
        QuestionResult result = grade(WHICH, picked(3, 0));

        assertThat(result.feedbackHtml()).containsExactly("<p>Paris, 1961.</p>", "<p>He stayed.</p>");
        assertThat(result.answer()).isEqualTo("Nureyev; Khrushchev");
    }

    @Test
    void multiple_choice_with_nothing_picked_counts_as_unanswered() {
        assertThat(grade(WHICH, new Response.Chosen(Set.of())).verdict()).isEqualTo(Verdict.UNANSWERED);
    }

    @Test
    void multiple_choice_naming_an_option_the_question_does_not_have_counts_as_unanswered() {
        QuestionResult result = grade(WHICH, picked(0, 1, 4));

        assertThat(result.verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(result.score()).isZero();
    }

    // True / false

    @Test
    void true_false_scores_1_for_the_right_value_and_0_for_the_other() {
        Question.TrueFalse statement = trueFalse(1, false);

        QuestionResult right = grade(statement, new Response.Truth(false));
        QuestionResult wrong = grade(statement, new Response.Truth(true));

        assertThat(right.score()).isEqualTo(1.0);
        assertThat(right.verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(right.answer()).isEqualTo("False");
        assertThat(wrong.score()).isZero();
        assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(wrong.answer()).isEqualTo("True");
    }

    // Short answer

    @ParameterizedTest
    @ValueSource(strings = {"Baryshnikov", "baryshnikov", "BARYSHNIKOV", "  Baryshnikov  ", "Baryshnikov.",
        "baryshnikov!", "Baryshnikov?! ", "Báryshnikov", "mikhail baryshnikov", "Mikhail Baryshnikov."})
    void short_answer_ignores_case_accents_surrounding_spaces_and_trailing_punctuation(String answer) {
        QuestionResult result = grade(DANCER, typed(answer));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.verdict()).isEqualTo(Verdict.RIGHT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baryshnikova", "Barishnikov", "Bary shnikov", "Baryshnikov Mikhail", "Mikhail",
        ".Baryshnikov", "Baryshnikov, Mikhail"})
    void short_answer_with_an_inner_difference_is_wrong_where_typos_are_not_forgiven(String answer) {
        QuestionResult result = grade(new Question.ShortAnswer(DANCER.text(), DANCER.variants(), false), typed(answer));

        assertThat(result.score()).isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Barishnikov", "Baryshnikova", "Bary shnikov", "Baryshinkov", "Mikhail Barishnikov"})
    void short_answer_one_typo_away_is_right_where_typos_are_forgiven(String answer) {
        QuestionResult result = grade(DANCER, typed(answer));

        assertThat(result.verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(result.answer()).isEqualTo(answer);
    }

    @Test
    void short_answer_two_typos_away_is_wrong_even_where_typos_are_forgiven() {
        assertThat(grade(DANCER, typed("Barishnikow")).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(grade(shortAnswer(1, "Paris"), typed("Pari")).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void short_answer_accepts_accents_missing_from_the_typed_text_or_from_the_key() {
        assertThat(grade(shortAnswer(1, "Nouréev"), typed("Noureev")).isRight()).isTrue();
        assertThat(grade(shortAnswer(1, "Noureev"), typed("Nouréev")).isRight()).isTrue();
    }

    @Test
    void short_answer_treats_curly_and_straight_apostrophes_alike() {
        assertThat(grade(shortAnswer(1, "Stalin's daughter"), typed("Stalin’s daughter")).isRight()).isTrue();
        assertThat(grade(shortAnswer(1, "Stalin’s daughter"), typed("stalin's daughter")).isRight()).isTrue();
    }

    @Test
    void short_answer_records_the_typed_text_without_surrounding_spaces() {
        assertThat(grade(DANCER, typed("  baryshnikov!  ")).answer()).isEqualTo("baryshnikov!");
        assertThat(grade(DANCER, typed(" Nureyev ")).answer()).isEqualTo("Nureyev");
    }

    @Test
    void short_answer_that_is_blank_counts_as_unanswered() {
        assertThat(grade(DANCER, typed("")).verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(grade(DANCER, typed("   ")).verdict()).isEqualTo(Verdict.UNANSWERED);
    }

    @Test
    void short_answer_longer_than_the_limit_is_wrong_unchecked_and_says_why() {
        QuestionResult result = grade(DANCER, typed("Baryshnikov" + "!".repeat(ShortAnswers.MAX_LENGTH)));

        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(result.answer()).isEqualTo("(too long to check)");
        assertThat(result.feedbackHtml()).singleElement().asString()
                .contains("longer than " + ShortAnswers.MAX_LENGTH + " characters");
    }

    @Test
    void short_answer_of_exactly_the_limit_is_checked() {
        String padded = "Baryshnikov" + " ".repeat(ShortAnswers.MAX_LENGTH - "Baryshnikov".length());

        assertThat(grade(DANCER, typed(padded)).isRight()).isTrue();
    }

    // Number

    @ParameterizedTest
    @ValueSource(strings = {"1966", "1967", "1968", "1967.0", "1966.5", "1968.000"})
    void number_within_the_tolerance_is_right(String value) {
        assertThat(grade(YEAR, figure(value)).isRight()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1965", "1969", "1965.999", "1968.001", "-1967", "0"})
    void number_outside_the_tolerance_is_wrong(String value) {
        QuestionResult result = grade(YEAR, figure(value));

        assertThat(result.score()).isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void number_with_a_decimal_tolerance_accepts_exactly_the_range() {
        Question.NumberAnswer half = number(1, "2.5", "0.5");

        assertThat(grade(half, figure("2")).isRight()).isTrue();
        assertThat(grade(half, figure("3.0")).isRight()).isTrue();
        assertThat(grade(half, figure("2.75")).isRight()).isTrue();
        assertThat(grade(half, figure("1.99")).isRight()).isFalse();
        assertThat(grade(half, figure("3.01")).isRight()).isFalse();
    }

    @Test
    void number_without_a_tolerance_must_be_exact_whatever_its_scale() {
        Question.NumberAnswer exact = number(1, "1967", "0");

        assertThat(grade(exact, figure("1967")).isRight()).isTrue();
        assertThat(grade(exact, figure("1967.0")).isRight()).isTrue();
        assertThat(grade(exact, figure("1967.00")).isRight()).isTrue();
        assertThat(grade(exact, figure("1967.01")).isRight()).isFalse();
        assertThat(grade(exact, figure("1968")).isRight()).isFalse();
    }

    @Test
    void number_answer_is_recorded_without_trailing_zeros() {
        assertThat(grade(YEAR, figure("1967.0")).answer()).isEqualTo("1967");
        assertThat(grade(YEAR, figure("1966.50")).answer()).isEqualTo("1966.5");
    }

    @Test
    void number_of_30_digits_is_checked() {
        assertThat(grade(YEAR, figure("1967." + "0".repeat(Decimals.MAX_DIGITS - 4))).isRight()).isTrue();
    }

    @Test
    void number_answer_may_have_surrounding_spaces_a_plus_sign_or_a_bare_decimal_point() {
        assertThat(grade(YEAR, figure(" +1967. ")).isRight()).isTrue();
        assertThat(grade(number(1, "0.5", "0"), figure(".5")).isRight()).isTrue();
    }

    /**
     * The number field once parsed whatever the browser sent: 1e50000000 took a minute of arithmetic and
     * 1e999999999 threw, leaving the quiz's Check button disabled for good.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1e50000000", "1e999999999", "1E5", "12345678901234567890123456789012", "abc", "1,967", "1,5,0",
            "--1", "+-1", "1.2.3", "."})
    void number_that_is_not_a_plain_decimal_of_at_most_30_digits_is_wrong_and_says_why(String typed) {
        QuestionResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> grade(YEAR, figure(typed)));

        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(result.answer()).isEqualTo(typed);
        assertThat(result.feedbackHtml()).singleElement().asString().contains("not a number we can check");
    }

    @Test
    void number_with_a_decimal_comma_is_read_as_typed() {
        QuestionResult result = grade(number(1, "7.5", "0"), figure("7,5"));

        assertThat(result.isRight()).isTrue();
        assertThat(result.answer()).isEqualTo("7.5");
        assertThat(result.response()).contains(figure("7,5"));
    }

    @Test
    void number_pasted_as_a_megabyte_of_digits_is_not_read_and_recorded_as_too_long() {
        QuestionResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> grade(YEAR, figure("9".repeat(1 << 20))));

        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(result.answer()).isEqualTo("(too long to check)");
    }

    @Test
    void number_that_is_blank_counts_as_unanswered() {
        assertThat(grade(YEAR, figure("  ")).verdict()).isEqualTo(Verdict.UNANSWERED);
    }

    // Ordering: the share of items in their right place

    @Test
    void ordering_in_the_right_order_scores_1() {
        QuestionResult result = grade(ORDER, arranged(0, 1, 2, 3));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.verdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void ordering_with_two_of_four_items_in_place_scores_a_half() {
        QuestionResult result = grade(ORDER, arranged(0, 1, 3, 2));

        assertThat(result.score()).isEqualTo(0.5);
        assertThat(result.verdict()).isEqualTo(Verdict.PARTLY_RIGHT);
    }

    @Test
    void ordering_with_one_of_four_items_in_place_scores_a_quarter() {
        assertThat(grade(ORDER, arranged(0, 2, 3, 1)).score()).isEqualTo(0.25);
    }

    @Test
    void ordering_with_no_item_in_place_scores_0_even_if_neighbours_follow_each_other() {
        QuestionResult result = grade(ORDER, arranged(3, 0, 1, 2));

        assertThat(result.score()).isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void ordering_records_the_items_in_the_learners_order() {
        assertThat(grade(ORDER, arranged(0, 1, 3, 2)).answer())
                .isEqualTo("Nureyev → Alliluyeva → Gordievsky → Baryshnikov");
    }

    @Test
    void ordering_that_is_not_a_permutation_of_the_items_counts_as_unanswered() {
        List<Response> invalid = List.of(arranged(0, 1, 2), arranged(0, 1, 2, 3, 3), arranged(0, 0, 1, 2),
                arranged(0, 1, 2, 4), arranged(-1, 0, 1, 2), arranged());

        assertThat(invalid).allSatisfy(response -> {
            QuestionResult result = grade(ORDER, response);
            assertThat(result.verdict()).isEqualTo(Verdict.UNANSWERED);
            assertThat(result.score()).isZero();
        });
    }

    // Matching: the share of pairs matched right

    @Test
    void matching_every_pair_right_scores_1() {
        QuestionResult result = grade(MATCH, new Response.Matched(Map.of(0, 0, 1, 1, 2, 2)));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.verdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void matching_scores_the_share_of_pairs_matched_right() {
        QuestionResult oneOfThree = grade(MATCH, new Response.Matched(Map.of(0, 0, 1, 2, 2, 1)));

        assertThat(oneOfThree.score()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(oneOfThree.verdict()).isEqualTo(Verdict.PARTLY_RIGHT);
        assertThat(grade(MATCH, new Response.Matched(Map.of(0, 1, 1, 2, 2, 0))).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void matching_only_some_left_items_scores_their_right_share_of_all_pairs() {
        QuestionResult twoOfThree = grade(MATCH, new Response.Matched(Map.of(0, 0, 2, 2)));

        assertThat(twoOfThree.score()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(twoOfThree.verdict()).isEqualTo(Verdict.PARTLY_RIGHT);
        assertThat(twoOfThree.answer()).isEqualTo("Nureyev → tried in absentia; Alliluyeva → met with silence");
    }

    @Test
    void matching_two_left_items_to_one_right_item_credits_at_most_one_of_them() {
        assertThat(grade(MATCH, new Response.Matched(Map.of(0, 0, 1, 0))).score()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void matching_records_each_pair_the_learner_made_in_left_order() {
        assertThat(grade(MATCH, new Response.Matched(Map.of(2, 1, 0, 0))).answer())
                .isEqualTo("Nureyev → tried in absentia; Alliluyeva → called kidnapped");
    }

    @Test
    void matching_with_no_pair_or_a_pair_the_question_does_not_have_counts_as_unanswered() {
        assertThat(grade(MATCH, new Response.Matched(Map.of())).verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(grade(MATCH, new Response.Matched(Map.of(0, 0, 3, 1))).verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(grade(MATCH, new Response.Matched(Map.of(0, 0, 1, 7))).verdict()).isEqualTo(Verdict.UNANSWERED);
    }

    // Blank and wrong-shaped responses

    @Test
    void blank_response_leaves_every_kind_unanswered_with_score_0() {
        List<Question> everyKind = List.of(WHO, WHICH, trueFalse(7, true), DANCER, YEAR, ORDER, MATCH);

        assertThat(everyKind).allSatisfy(question -> {
            QuestionResult result = grade(question, Response.BLANK);
            assertThat(result.verdict()).isEqualTo(Verdict.UNANSWERED);
            assertThat(result.score()).isZero();
            assertThat(result.answer()).isEmpty();
            assertThat(result.feedbackHtml()).isEmpty();
        });
    }

    @Test
    void response_of_another_kinds_shape_counts_as_unanswered() {
        Map<Question, Response> mismatched = Map.of(
                WHO, new Response.Truth(true),
                WHICH, typed("Nureyev"),
                trueFalse(7, true), picked(0),
                DANCER, figure("1967"),
                YEAR, typed("1967"),
                ORDER, new Response.Matched(Map.of(0, 0, 1, 1, 2, 2, 3, 3)),
                MATCH, arranged(0, 1, 2));

        assertThat(mismatched).allSatisfy((question, response) -> {
            QuestionResult result = grade(question, response);
            assertThat(result.verdict()).as(question.kind().toString()).isEqualTo(Verdict.UNANSWERED);
            assertThat(result.score()).isZero();
        });
    }

    @Test
    void an_answered_result_keeps_the_response_so_its_marks_can_be_shown_again() {
        assertThat(grade(WHO, picked(1)).response()).contains(picked(1));
        assertThat(grade(ORDER, arranged(1, 0, 2, 3)).response()).contains(arranged(1, 0, 2, 3));
        assertThat(grade(DANCER, typed("Nureyev")).response()).contains(typed("Nureyev"));
        assertThat(grade(WHO, picked(1)).carriedOver()).isFalse();
    }

    @Test
    void an_unanswered_result_or_one_beyond_the_answer_limits_keeps_no_response() {
        assertThat(grade(WHO, picked(0, 1)).response()).isEmpty();
        assertThat(grade(WHO, Response.BLANK).response()).isEmpty();
        assertThat(grade(DANCER, typed("x".repeat(ShortAnswers.MAX_LENGTH + 1))).response()).isEmpty();
        assertThat(grade(YEAR, figure("9".repeat(1 << 10))).response()).isEmpty();
    }

    @Test
    void result_keeps_the_question_number_and_prompt() {
        QuestionResult result = grade(YEAR, figure("1967"));

        assertThat(result.questionNumber()).isEqualTo(4);
        assertThat(result.prompt()).isEqualTo("Number 4");
    }

    // Verdicts

    @Test
    void verdict_is_right_only_at_a_full_score() {
        assertThat(Verdict.of(1.0)).isEqualTo(Verdict.RIGHT);
        assertThat(Verdict.of(0.999)).isEqualTo(Verdict.PARTLY_RIGHT);
        assertThat(Verdict.of(0.001)).isEqualTo(Verdict.PARTLY_RIGHT);
        assertThat(Verdict.of(0.0)).isEqualTo(Verdict.WRONG);
    }
}
