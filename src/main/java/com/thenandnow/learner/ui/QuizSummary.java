package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Announcer;
import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of a checked quiz: score against the pass mark, and where to go next. It takes focus when shown,
 * so screen readers read it; one polite announcement adds how each question went, which the cards show.
 */
class QuizSummary extends Div {

    final H2 score = new H2();

    QuizSummary() {
        addClassName("quiz-summary");
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
        Announcer.polite(UI.getCurrent(), verdicts(result));
    }

    /** "3 of 5 questions fully right. Question 2: Wrong. Question 4: Partly right." */
    static String verdicts(QuizResult result) {
        String notRight = result.questions().stream().filter(question -> !question.isRight())
                .map(QuizSummary::verdict).collect(Collectors.joining(" "));
        return result.rightCount() + " of " + result.questions().size() + " questions fully right. " + notRight;
    }

    private static String verdict(QuestionResult question) {
        return "Question " + question.questionNumber() + ": " + question.verdict().label() + ".";
    }
}
