package com.thenandnow.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.thenandnow.quiz.QuizFixtures.lesson;
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

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.thenandnow.lesson.Decimals;
import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.ShortAnswers;
import com.thenandnow.quiz.Verdict;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answer widgets hold what the grader checks: their limits match the grader's, whatever is sent; nothing
 * typed is dropped; the shuffled order is no answer; and a saved answer of every kind shows again.
 */
class AnswerFieldsTest {

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private static QuestionCard card(Question question) {
        return new QuestionCard(question, QuizAttempt.start(lesson("fields", List.of(question)), new Random(1)));
    }

    @Test
    void the_short_answer_field_takes_as_many_characters_as_the_grader_checks() {
        TextField field = _get(card(shortAnswer(1, "Baryshnikov")), TextField.class);

        assertThat(field.getMaxLength()).isEqualTo(ShortAnswers.MAX_LENGTH);
    }

    @Test
    void a_longer_answer_sent_past_the_browser_is_flagged_and_graded_as_too_long() {
        QuestionCard card = card(shortAnswer(1, "Baryshnikov"));
        TextField field = _get(card, TextField.class);

        _setValue(field, "x".repeat(ShortAnswers.MAX_LENGTH + 1));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Use at most " + ShortAnswers.MAX_LENGTH + " characters.");
        assertThat(QuizGrader.grade(card.question, card.response()).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void the_number_field_filters_out_nothing_and_takes_as_many_characters_as_the_grader_reads() {
        TextField field = _get(card(number(1, "1967", "0")), TextField.class);

        assertThat(field.getMaxLength()).isEqualTo(Decimals.MAX_LENGTH);
        assertThat(field.getAllowedCharPattern()).isNullOrEmpty();
    }

    @Test
    void what_the_number_field_cannot_read_is_said_under_it_at_once_and_the_message_goes_once_mended() {
        QuestionCard card = card(number(1, "1967", "0"));
        TextField field = _get(card, TextField.class);

        _setValue(field, "1,967");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("without a thousands separator");

        _setValue(field, "19 67");
        assertThat(field.getErrorMessage()).startsWith("This is not a number we can read");

        _setValue(field, "1967");
        assertThat(field.isInvalid()).isFalse();
        assertThat(QuizGrader.grade(card.question, card.response()).isRight()).isTrue();
    }

    @Test
    void short_answer_fields_have_no_autocorrect_automatic_capitals_or_spellcheck() {
        TextField field = _get(card(shortAnswer(1, "Baryshnikov")), TextField.class);

        assertThat(field.getAutocapitalize()).isEqualTo(Autocapitalize.NONE);
        assertThat(field.isAutocorrect()).isFalse();
        assertThat(field.getElement().getAttribute("spellcheck")).isEqualTo("false");
    }

    @Test
    void the_ordering_question_is_unanswered_until_an_item_moves() {
        QuestionCard card = card(ordering(1, "one", "two", "three"));
        assertThat(card.isAnswered()).isFalse();

        _click(_find(card, Button.class).stream().filter(button -> button.getElement().hasAttribute("aria-label"))
                .filter(Button::isEnabled).findFirst().orElseThrow());

        assertThat(card.isAnswered()).isTrue();
        assertThat(card.response()).isInstanceOf(Response.Arranged.class);
    }

    @Test
    void keep_this_order_answers_the_ordering_question_with_the_order_shown() {
        QuestionCard card = card(ordering(1, "one", "two", "three"));
        Button keep = _get(card, Button.class, spec -> spec.withText("Keep this order"));

        _click(keep);

        assertThat(card.isAnswered()).isTrue();
        assertThat(keep.isVisible()).isFalse();
        assertThat(QuizGrader.grade(card.question, card.response()).isAnswered()).isTrue();
    }

    @Test
    void every_kind_of_answer_saved_in_a_draft_is_shown_again() {
        QuizAttempt attempt = QuizAttempt.start(lesson("all", List.of(singleChoice(1, right("a"), wrong("b")),
                multipleChoice(2, right("a"), wrong("b")), trueFalse(3, true), shortAnswer(4, "Paris"),
                number(5, "1967", "0"), ordering(6, "one", "two", "three"), matching(7, "x -> a", "y -> b"))), new Random(1));
        Map<Integer, Response> saved = Map.of(1, new Response.Chosen(Set.of(1)), 2, new Response.Chosen(Set.of(0, 1)),
                3, new Response.Truth(false), 4, new Response.Typed("Pari"), 5, new Response.Figure("7,5"),
                6, new Response.Arranged(List.of(2, 1, 0)), 7, new Response.Matched(Map.of(1, 0)));

        for (Question question : attempt.questions()) {
            QuestionCard card = new QuestionCard(question, attempt);
            card.restore(saved.get(card.number()));
            assertThat(card.response()).as("question %d", card.number()).isEqualTo(saved.get(card.number()));
        }
    }

    @Test
    void an_answer_of_another_shape_is_not_shown() {
        QuestionCard card = card(singleChoice(1, right("a"), wrong("b")));

        card.restore(new Response.Chosen(Set.of(7)));
        card.restore(new Response.Truth(true));

        assertThat(card.isAnswered()).isFalse();
    }

    /** The server, not a pattern in the browser, decides what a number is: whatever is sent is kept as text. */
    @Test
    void the_number_field_keeps_any_text_sent_and_the_grader_reads_it() {
        QuestionCard card = card(number(1, "1967", "0"));

        _setValue(_get(card, TextField.class), "1e999999999");

        assertThat(card.response()).isEqualTo(new Response.Figure("1e999999999"));
        assertThat(QuizGrader.grade(card.question, card.response()).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void a_decimal_comma_is_kept_as_typed_and_read_as_a_point_whatever_the_browsers_language() {
        UI.getCurrent().setLocale(Locale.UK);
        QuestionCard card = card(number(1, "1966.5", "0"));
        TextField field = _get(card, TextField.class);

        _setValue(field, "1966,5");

        assertThat(field.isInvalid()).isFalse();
        assertThat(card.response()).isEqualTo(new Response.Figure("1966,5"));
        assertThat(QuizGrader.grade(card.question, card.response()).isRight()).isTrue();
    }
}
