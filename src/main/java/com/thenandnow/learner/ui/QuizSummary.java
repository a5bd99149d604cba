package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** The outcome of a checked quiz: score against the pass mark, and where to go next. */
class QuizSummary extends Div {

    final H2 score = new H2();

    QuizSummary() {
        addClassName("quiz-summary");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(QuizResult result, Lesson lesson, Runnable tryAgain, Optional<Runnable> nextLesson) {
        removeAll();
        score.setText("Your score: " + result.shownPercent() + "% — " + (result.passed() ? "passed" : "not passed yet"));
        Paragraph detail = new Paragraph(result.rightCount() + " of " + result.questions().size()
                + " questions fully right. The pass mark is " + lesson.passPercent() + "%.");
        Button retry = new Button("Try again", event -> tryAgain.run());
        Button back = new Button("Back to the lesson", event -> UI.getCurrent().navigate(Links.lesson(lesson.id())));
        Div actions = new Div(retry, back);
        actions.addClassName("actions");
        nextLesson.ifPresent(next -> {
            Button nextButton = new Button("Next lesson", event -> next.run());
            nextButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(nextButton);
        });
        if (nextLesson.isEmpty()) {
            back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        add(score, detail, actions);
        addClassName(result.passed() ? "passed" : "not-passed");
        removeClassName(result.passed() ? "not-passed" : "passed");
        setVisible(true);
        getElement().callJsFunction("focus");
    }
}
