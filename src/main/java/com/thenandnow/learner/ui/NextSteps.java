package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LessonStatus;
import com.thenandnow.quiz.QuizResult;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * Where to go after a checked quiz. After a fail the first step is to retry the mistakes; after a pass, the next
 * lesson, never a locked one: a locked next lesson is named with what opens it, and the course is the way on; once
 * every lesson is passed, the course-complete page.
 */
class NextSteps extends Div {

    final Div actions = new Div();

    NextSteps(Lesson lesson, QuizResult result, Optional<LessonStatus> next, boolean courseComplete, Runnable retryMistakes,
              Runnable retryAll) {
        addClassName("next-steps");
        actions.addClassName("actions");
        boolean mistakes = result.rightCount() < result.questions().size();
        Button mistakesButton = new Button("Retry my mistakes", event -> retryMistakes.run());
        Button all = new Button("Retry all questions", event -> retryAll.run());
        Button back = new Button("Back to the lesson", event -> UI.getCurrent().navigate(Links.lesson(lesson.id())));
        Button onward = onward(next, courseComplete);
        if (!result.passed()) {
            primary(mistakesButton);
            actions.add(mistakesButton, all, back);
        } else {
            primary(onward);
            actions.add(onward);
            if (mistakes) {
                actions.add(mistakesButton);
            }
            actions.add(all, back);
        }
        next.filter(LessonStatus::isLocked).ifPresent(locked -> add(lockedNext(locked)));
        add(actions);
    }

    /** The course-complete page once every lesson is passed, else the next lesson that is open, else the course. */
    private static Button onward(Optional<LessonStatus> next, boolean courseComplete) {
        if (courseComplete) {
            return new Button("Course complete: see your certificate", event -> UI.getCurrent().navigate(Links.COMPLETE));
        }
        return next.filter(status -> !status.isLocked())
                .map(status -> new Button("Next lesson", event -> UI.getCurrent().navigate(Links.lesson(status.lesson().id()))))
                .orElseGet(() -> new Button("Back to the course", event -> UI.getCurrent().navigate(Links.HOME)));
    }

    /** "The next lesson, X, opens once you have passed the quiz of: A, B", each a link. */
    private static Paragraph lockedNext(LessonStatus locked) {
        Paragraph note = new Paragraph("The next lesson, " + locked.lesson().title() + ", opens once you have passed the quiz of: ");
        note.addClassName("locked-next");
        for (int i = 0; i < locked.missingPrerequisites().size(); i++) {
            Lesson required = locked.missingPrerequisites().get(i);
            note.add(Links.to(required.title(), Links.lesson(required.id())), new Text(i + 1 < locked.missingPrerequisites().size() ? ", " : "."));
        }
        return note;
    }

    private static void primary(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
}
