package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.ui.QuizAnswers;
import com.thenandnow.AbstractViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole learner path through the UI: name, lesson, quiz with right and wrong answers, score, progress, and the
 * questions once missed still to master.
 */
class LearnerJourneyTest extends AbstractViewTest {

    @Test
    void a_learner_names_themself_reads_a_lesson_takes_the_quiz_twice_and_sees_their_progress() {
        UI.getCurrent().navigate("");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Dana");
        _click(_get(Button.class, spec -> spec.withText("Save name")));
        assertThat(_find(Button.class, spec -> spec.withText("Dana"))).hasSize(1);

        UI.getCurrent().navigate("lessons/second-lesson");
        assertThat(_get(H1.class).getText()).isEqualTo("The second lesson");
        _click(_get(Button.class, spec -> spec.withText("Take the quiz")));

        List<QuestionCard> cards = _find(QuestionCard.class);
        QuizAnswers.answerRight(cards.get(0));
        cards.subList(1, cards.size()).forEach(QuizAnswers::answerWrong);
        _click(_get(Button.class, spec -> spec.withText("Check answers")));
        assertThat(_get(QuizSummary.class).score.getText()).endsWith("not passed yet");
        assertThat(_get(cards.get(0), Span.class, spec -> spec.withClasses("verdict")).getText()).isEqualTo("Right");

        _click(_get(Button.class, spec -> spec.withText("Retry all questions")));
        _find(QuestionCard.class).forEach(QuizAnswers::answerRight);
        _click(_get(Button.class, spec -> spec.withText("Check answers")));
        assertThat(_get(QuizSummary.class).score.getText()).isEqualTo("Your score: 100% — passed");

        UI.getCurrent().navigate("progress");
        List<String> row = _get(ProgressView.class).lessons.rowTexts(1);
        assertThat(row.get(0)).contains("The second lesson");
        assertThat(row.subList(1, 5)).containsExactly("Passed", "2", "100%", "100%");
        assertThat(_find(_get(MasteryList.class), ListItem.class)).as("missed once, to master in review")
                .hasSize(cards.size() - 1)
                .allSatisfy(item -> assertThat(item.getElement().getTextRecursively()).contains("(Right)"));
    }
}
