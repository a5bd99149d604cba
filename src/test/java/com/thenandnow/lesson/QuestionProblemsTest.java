package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.errors;
import static com.thenandnow.lesson.LessonFixtures.parse;
import static com.thenandnow.lesson.LessonFixtures.quizWith;
import static com.thenandnow.lesson.LessonFixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Broken questions: each error at its line, the question left out of the draft. Every question here
 * starts on line 7 (see {@link LessonFixtures#quizWith}).
 */
class QuestionProblemsTest {

    private static List<String> errorsOf(String questions) {
        return errors(parse(quizWith(questions)));
    }

    @Test
    void a_question_without_an_answer_block_is_an_error_at_its_heading() {
        assertThat(errorsOf("### Who was she?\n\nStalin's daughter.\n\n> Yes.\n"))
                .containsExactly("7: this question has no answer block: add options '- ( )', '- [ ]', 'Answer: …', "
                        + "a numbered list or 'left -> right' pairs");
    }

    @Test
    void a_question_with_two_answer_blocks_is_an_error_at_the_second() {
        assertThat(errorsOf("### When?\nAnswer: 1967\n\n- (x) 1967\n- ( ) 1974\n"))
                .singleElement().asString().startsWith("10: this question has a second answer block (the first is on line 8)");
    }

    @Test
    void single_choice_without_a_right_option_is_rejected() {
        assertThat(errorsOf("### Who?\n- ( ) Nureyev\n- ( ) Baryshnikov\n"))
                .singleElement().asString().startsWith("8: a single choice question needs exactly one (x) option, found 0");
    }

    @Test
    void single_choice_with_two_correct_options_is_rejected() {
        assertThat(errorsOf("### Who?\n\n- (x) Nureyev\n- (x) Baryshnikov\n"))
                .singleElement().asString().startsWith("9: a single choice question needs exactly one (x) option, found 2");
    }

    @Test
    void multiple_choice_without_a_checked_option_is_rejected() {
        assertThat(errorsOf("### Which?\n- [ ] Nureyev\n- [ ] Baryshnikov\n"))
                .singleElement().asString().startsWith("8: a multiple choice question needs at least one [x] option");
    }

    @Test
    void a_list_mixing_markers_is_rejected() {
        assertThat(errorsOf("### Which?\n- (x) Nureyev\n- [ ] Baryshnikov\n- Alliluyeva -> 1967\n"))
                .singleElement().asString().startsWith("8: this list mixes markers (( ), [ ], ->)");
        assertThat(errorsOf("### Which?\n- (x) Nureyev\n- Baryshnikov\n"))
                .singleElement().asString().startsWith("8: this list mixes markers (( ), plain items)");
    }

    @Test
    void ordering_with_one_item_is_rejected() {
        assertThat(errorsOf("### Order these.\n1. Nureyev\n"))
                .singleElement().asString().startsWith("8: an ordering question needs at least 2 numbered items");
    }

    @Test
    void matching_with_one_pair_is_rejected() {
        assertThat(errorsOf("### Match.\n- Nureyev -> Paris\n"))
                .singleElement().asString().startsWith("8: a matching question needs at least 2 'left -> right' pairs");
    }

    @Test
    void matching_with_a_repeated_side_is_rejected_at_the_repeat() {
        assertThat(errorsOf("### Match.\n- Nureyev -> Paris\n- Baryshnikov -> Toronto\n- Nureyev → London\n"))
                .containsExactly("10: the left side 'Nureyev' is repeated (also on line 8); each side of a matching question must be different");
        assertThat(errorsOf("### Match.\n- Nureyev -> 1961\n- Baryshnikov -> 1961\n"))
                .singleElement().asString().startsWith("9: the right side '1961' is repeated (also on line 8)");
    }

    @Test
    void matching_with_an_empty_side_is_rejected() {
        assertThat(errorsOf("### Match.\n- Nureyev -> Paris\n- -> Toronto\n"))
                .anyMatch(error -> error.startsWith("9: a matching pair needs text on both sides"));
    }

    @Test
    void a_tolerance_that_is_not_a_number_is_an_error_not_a_short_answer() {
        assertThat(errorsOf("### When?\nAnswer: 1967 ± soon\n"))
                .containsExactly("8: the tolerance 'soon' is not a non-negative number; write e.g. 'Answer: 1967 ± 1'");
        assertThat(errorsOf("### When?\nAnswer: 1967 +/- -1\n"))
                .singleElement().asString().startsWith("8: the tolerance '-1' is not a non-negative number");
    }

    @Test
    void a_number_answer_of_more_than_30_digits_is_an_error_that_names_the_limit() {
        assertThat(errorsOf("### How many?\nAnswer: " + "9".repeat(31) + "\n")).containsExactly(
                "8: the number '99999999999999999999…' has 31 digits; numbers in answers may have at most 30");
    }

    @Test
    void a_tolerance_of_more_than_30_digits_is_an_error() {
        assertThat(errorsOf("### When?\nAnswer: 1967 ± 0." + "1".repeat(30) + "\n")).containsExactly(
                "8: the number '0.111111111111111111…' has 31 digits; numbers in answers may have at most 30");
    }

    @Test
    void a_number_answer_of_a_million_digits_is_one_error_found_without_reading_the_number() {
        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> errorsOf("### How many?\nAnswer: " + "9".repeat(1_000_000) + " ± 1\n"));

        assertThat(errors).singleElement().asString().endsWith("has 1000000 digits; numbers in answers may have at most 30");
    }

    @Test
    void an_empty_variant_is_rejected() {
        assertThat(errorsOf("### Who?\nHint: a dancer\nAnswer: Baryshnikov || Misha\n"))
                .containsExactly("9: 'Answer: Baryshnikov || Misha' has an empty variant; remove the extra '|'");
        assertThat(errorsOf("### Who?\nAnswer: Baryshnikov |\n"))
                .singleElement().asString().startsWith("8: 'Answer: Baryshnikov |' has an empty variant");
    }

    @Test
    void an_empty_answer_is_rejected() {
        assertThat(errorsOf("### When?\n\nAnswer:\n"))
                .singleElement().asString().startsWith("9: 'Answer:' is empty");
    }

    @Test
    void a_broken_question_is_left_out_of_the_draft_and_the_others_kept() {
        ParsedLesson parsed = parse(quizWith("""
                ### First
                Answer: 1967

                > Yes.

                ### Broken
                - ( ) no right option
                - ( ) anywhere

                > Hm.

                ### Third
                Answer: true

                > Yes.
                """));

        assertThat(parsed.hasErrors()).isTrue();
        assertThat(parsed.draft().orElseThrow().questions()).extracting(question -> question.text().prompt())
                .containsExactly("First", "Third");
        assertThat(parsed.draft().orElseThrow().questions()).extracting(question -> question.text().number())
                .containsExactly(1, 3);
    }

    @Test
    void a_question_without_an_explanation_is_a_warning_at_its_heading() {
        ParsedLesson parsed = parse(quizWith("### With\nAnswer: true\n\n> Why.\n\n### Without\nAnswer: false\n"));

        assertThat(errors(parsed)).isEmpty();
        assertThat(warnings(parsed)).containsExactly(
                "12: this question has no explanation; add a block quote ('> …') after the answer");
    }

    @Test
    void a_source_naming_no_paragraph_is_a_warning() {
        ParsedLesson parsed = parse(quizWith("### When?\nAnswer: 1967\n\n> Yes.\n\nSource: the article\n"));

        assertThat(warnings(parsed)).singleElement().asString().startsWith("12: 'Source:' names no paragraph");
    }
}
