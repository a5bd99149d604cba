package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Wording;
import com.thenandnow.progress.LessonStatus;
import com.thenandnow.progress.NextStep;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/**
 * The home page's first card: "Start" for a newcomer, "Continue: lesson — where" for a returning learner, or the
 * course complete (the rule is {@link NextStep#pick}); and how many questions are due, when the card is about
 * something else.
 */
class ContinueCard extends Div {

    final Anchor action;

    ContinueCard(NextStep step, int due) {
        addClassName("continue-card");
        Target target = target(step);
        action = Links.to(target.text(), target.route());
        action.addClassName("continue-link");
        add(new Paragraph(lead(step)), action);
        if (due > 0 && !(step instanceof NextStep.Review)) {
            Paragraph review = new Paragraph(Links.to("Review: " + dueText(due), Links.REVIEW));
            review.addClassName("due-review");
            add(review);
        }
    }

    static String dueText(int due) {
        return Wording.count(due, "question") + " due";
    }

    private static String lead(NextStep step) {
        if (step instanceof NextStep.Start start) {
            return "New here? The course has short lessons, each with a quiz. Begin with the first one ("
                    + start.lesson().minutes() + " min read).";
        }
        return step instanceof NextStep.Complete ? "You have passed every lesson's quiz."
                : "Welcome back. Pick up where you left off:";
    }

    /** Where the card leads and what its link says. */
    private record Target(String text, String route) {
    }

    private static Target target(NextStep step) {
        if (step instanceof NextStep.Start start) {
            return new Target("Start: " + start.lesson().title(), Links.lesson(start.lesson().id()));
        } else if (step instanceof NextStep.FinishQuiz quiz) {
            return new Target("Continue: " + quiz.lesson().title() + " — your quiz, " + quiz.answered() + " answered",
                    Links.quiz(quiz.lesson().id()));
        } else if (step instanceof NextStep.Review review) {
            return new Target("Continue: Review — " + dueText(review.due()), Links.REVIEW);
        } else if (step instanceof NextStep.Read read) {
            return new Target("Continue: " + read.lesson().title() + " — start reading", Links.lesson(read.lesson().id()));
        } else if (step instanceof NextStep.TakeQuiz quiz) {
            LessonStatus status = quiz.status();
            String where = status.state() == LessonStatus.State.NOT_PASSED
                    ? status.stateText().toLowerCase(Locale.ROOT) : "take the quiz";
            return new Target("Continue: " + status.lesson().title() + " — " + where, Links.quiz(status.lesson().id()));
        }
        return new Target("Course complete: see your certificate", Links.COMPLETE);
    }
}
