package com.thenandnow.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.number;
import static com.thenandnow.quiz.QuizFixtures.shortAnswer;
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
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed-answer fields hold what the grader checks: their limits match the grader's, whatever is sent. */
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
    void the_number_field_takes_digits_and_as_many_characters_as_the_grader_reads() {
        TextField field = _get(card(number(1, "1967", "0")), TextField.class);

        assertThat(field.getMaxLength()).isEqualTo(Decimals.MAX_LENGTH);
        assertThat(field.getAllowedCharPattern()).isEqualTo("[-+\\d.]");
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
    void a_decimal_comma_is_read_as_a_point_where_the_comma_is_the_decimal_separator() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        QuestionCard card = card(number(1, "1966.5", "0"));
        TextField field = _get(card, TextField.class);

        _setValue(field, "1966,5");

        assertThat(field.getAllowedCharPattern()).isEqualTo("[-+\\d,]");
        assertThat(QuizGrader.grade(card.question, card.response()).isRight()).isTrue();
    }
}
