package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.thenandnow.learner.ui.QuizViewTest.checkButton;
import static com.thenandnow.learner.ui.QuizViewTest.openQuiz;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.ui.QuizAnswers;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lesson's state on the home page, in words: a quiz not passed yet says so, with its best score, quietly. */
class LessonStatesTest extends AbstractViewTest {

    private static LessonCard firstCard() {
        UI.getCurrent().navigate("");
        return _find(LessonCard.class).get(0);
    }

    @Test
    void a_quiz_tried_but_not_passed_reads_quiz_not_passed_yet_with_the_best_score_in_a_quiet_badge() {
        List<QuestionCard> cards = openQuiz("first-lesson");
        QuizAnswers.answerRight(cards.get(0));
        _click(checkButton());

        LessonCard card = firstCard();

        assertThat(card.state.getText()).isEqualTo("Quiz not passed yet (best 16%)");
        assertThat(card.state.getElement().getAttribute("theme")).contains("badge", "normal").doesNotContain("primary", "error");
    }

    @Test
    void a_passed_quiz_reads_passed_in_the_only_loud_badge() {
        openQuiz("first-lesson").forEach(QuizAnswers::answerRight);
        _click(checkButton());

        LessonCard card = firstCard();

        assertThat(card.state.getText()).isEqualTo("Passed");
        assertThat(card.state.getElement().getAttribute("theme")).contains("success");
    }
}
