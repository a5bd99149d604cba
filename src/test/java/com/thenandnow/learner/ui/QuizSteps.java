package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.ui.QuizAnswers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;

/** A learner taking a quiz of the fixture course through its page, as the view tests need it done. */
final class QuizSteps {

    private QuizSteps() {
    }

    static List<QuestionCard> open(String lessonId) {
        UI.getCurrent().navigate("lessons/" + lessonId + "/quiz");
        return _find(QuestionCard.class);
    }

    /** Every question right, checked. */
    static void pass(String lessonId) {
        open(lessonId).forEach(QuizAnswers::answerRight);
        check();
    }

    /** The first question wrong and the rest right, checked: a pass with one question to review. */
    static void passMissingTheFirst(String lessonId) {
        List<QuestionCard> cards = open(lessonId);
        QuizAnswers.answerWrong(cards.get(0));
        cards.subList(1, cards.size()).forEach(QuizAnswers::answerRight);
        check();
    }

    static void check() {
        _click(_get(Button.class, spec -> spec.withText("Check answers")));
    }
}
