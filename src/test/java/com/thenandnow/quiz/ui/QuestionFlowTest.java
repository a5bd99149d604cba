package com.thenandnow.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.number;
import static com.thenandnow.quiz.QuizFixtures.shortAnswer;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.thenandnow.FocusMoves;
import com.thenandnow.quiz.QuizAttempt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moving through the questions: the answered count, the way to the next unanswered question, Enter. */
class QuestionFlowTest {

    private List<QuestionCard> cards;
    private Button check;
    private QuestionFlow flow;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        QuizAttempt attempt = QuizAttempt.start(lesson("flow", List.of(shortAnswer(1, "Paris"), trueFalse(2, true),
                number(3, "1967", "0"))), new Random(1));
        cards = attempt.questions().stream().map(question -> new QuestionCard(question, attempt)).toList();
        check = new Button("Check answers");
        flow = new QuestionFlow(cards, check);
        Div page = new Div(flow, check);
        cards.forEach(page::add);
        UI.getCurrent().add(page);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_count_follows_every_answer_given_or_taken_back() {
        assertThat(flow.count.getText()).isEqualTo("Answered 0 of 3");

        _setValue(_get(cards.get(0), TextField.class), "Paris");
        assertThat(flow.count.getText()).isEqualTo("Answered 1 of 3");

        _setValue(_get(cards.get(0), TextField.class), "");
        assertThat(flow.count.getText()).isEqualTo("Answered 0 of 3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_next_unanswered_question_is_the_first_after_the_last_answered_and_the_button_goes_once_all_are() {
        _setValue(_get(cards.get(1), RadioButtonGroup.class), true);
        FocusMoves.forget();

        _click(flow.nextOpen);

        assertThat(FocusMoves.movedTo(cards.get(2))).isTrue();
        _setValue(_get(cards.get(0), TextField.class), "Paris");
        _setValue(_get(cards.get(2), TextField.class), "1967");
        assertThat(flow.nextOpen.isVisible()).isFalse();
    }

    @Test
    void enter_in_a_text_field_moves_to_the_next_question_and_after_the_last_to_checking() {
        TextField first = _get(cards.get(0), TextField.class);
        TextField last = _get(cards.get(2), TextField.class);
        FocusMoves.forget();

        ComponentUtil.fireEvent(first, new KeyDownEvent(first, Key.ENTER.getKeys().get(0)));
        assertThat(FocusMoves.movedTo(cards.get(1))).isTrue();

        ComponentUtil.fireEvent(last, new KeyDownEvent(last, Key.ENTER.getKeys().get(0)));
        assertThat(FocusMoves.movedTo(check)).isTrue();
    }
}
