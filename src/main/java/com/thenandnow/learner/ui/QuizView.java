package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.PageTop;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lesson's quiz. "Check answers" grades on the server against the lesson version shown, records the
 * attempt once, and only then reveals right answers and explanations.
 */
@Route(value = "lessons/:lessonId/quiz", layout = MainLayout.class)
@AnonymousAllowed
class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph unanswered = new Paragraph();
    final Button check = new Button("Check answers", event -> check());
    final QuizSummary summary = new QuizSummary();

    private final LessonLibrary library;
    private final CourseStanding standing;
    private final ProgressRecorder recorder;
    private final QuizAttempts quizzes;
    private QuizAttempt attempt;
    private List<QuestionCard> cards = List.of();

    QuizView(LessonLibrary library, CourseStanding standing, ProgressRecorder recorder, QuizAttempts quizzes) {
        this.library = library;
        this.standing = standing;
        this.recorder = recorder;
        this.quizzes = quizzes;
        addClassName("page");
        addClassName("quiz-page");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setDisableOnClick(true);
        unanswered.addClassName("unanswered-note");
        // Read with the button, not as a live region, which would speak after every answer.
        unanswered.setId("unanswered-note");
        check.getElement().setAttribute("aria-describedby", "unanswered-note");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElse("");
        Course course = library.course();
        Lesson lesson = course.lesson(id).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class, "There is no lesson '" + id + "', so there is no quiz for it.");
        } else if (standing.status(CurrentLearner.id(), lesson, course).isLocked()) {
            event.forwardTo(Links.lesson(id));
        } else {
            show(quizzes.start(lesson));
        }
    }

    private void show(QuizAttempt next) {
        attempt = next;
        Lesson lesson = attempt.lesson();
        cards = lesson.questions().stream().map(question -> new QuestionCard(question, attempt)).toList();
        cards.forEach(card -> card.onChange(this::countUnanswered));
        summary.clear();
        check.setEnabled(true);
        removeAll();
        H2 questions = new H2("Questions");
        questions.addClassName("visually-hidden");
        add(new H1("Quiz: " + lesson.title()), new Paragraph(lesson.questions().size() + " questions · pass mark "
                + lesson.passPercent() + "% · you may leave questions unanswered, but they score 0"), questions);
        cards.forEach(this::add);
        add(unanswered, new Div(check), summary);
        countUnanswered();
    }

    private void countUnanswered() {
        long open = cards.stream().filter(card -> !card.isAnswered()).count();
        unanswered.setText(open == 0 ? "All questions answered."
                : open + " of " + cards.size() + " questions unanswered: they score 0 if you check now.");
    }

    private void check() {
        Map<Integer, Response> responses = cards.stream()
                .collect(Collectors.toMap(QuestionCard::number, QuestionCard::response));
        Attempt recorded = recorder.submit(CurrentLearner.id(), attempt, responses);
        cards.forEach(card -> recorded.result().question(card.number()).ifPresent(card::showResult));
        unanswered.setText("");
        check.setEnabled(false);
        summary.show(recorded.result(), attempt.lesson(), this::tryAgain,
                library.course().next(attempt.lesson()).map(next -> () -> UI.getCurrent().navigate(Links.lesson(next.id()))));
    }

    private void tryAgain() {
        Lesson latest = library.lesson(attempt.lesson().id()).orElse(attempt.lesson());
        show(latest.version().equals(attempt.lesson().version()) ? quizzes.retry(attempt) : quizzes.start(latest));
        PageTop.show(UI.getCurrent(), true);
    }

    @Override
    public String getPageTitle() {
        return attempt == null ? "Quiz" : "Quiz: " + attempt.lesson().title();
    }
}
