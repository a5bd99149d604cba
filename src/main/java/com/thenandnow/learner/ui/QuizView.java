package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Announcer;
import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.PageTop;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.OpenQuiz;
import com.thenandnow.progress.OpenQuizzes;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.ui.QuestionFlow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;

/**
 * A lesson's quiz. Answers are saved as a draft as the learner goes, so a reload, Back or a later visit finds
 * them. "Check answers" grades on the server against the lesson version shown, records the attempt once, and
 * only then reveals the marks and explanations; the address then names the attempt, so a reload shows it checked.
 */
@Route(value = "lessons/:lessonId/quiz", layout = MainLayout.class)
@AnonymousAllowed
class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ATTEMPT_PARAMETER = "attempt";

    final Button check = new Button("Check answers", event -> check());
    final QuizSummary summary = new QuizSummary();
    final Div footer = new Div();

    private final LessonLibrary library;
    private final CourseStanding standing;
    private final ProgressRecorder recorder;
    private final OpenQuizzes open;
    private final QuizAttempts quizzes;
    private QuizAttempt attempt;
    private Attempt checked;
    private List<QuestionCard> cards = List.of();

    QuizView(LessonLibrary library, CourseStanding standing, ProgressRecorder recorder, OpenQuizzes open, QuizAttempts quizzes) {
        this.library = library;
        this.standing = standing;
        this.recorder = recorder;
        this.open = open;
        this.quizzes = quizzes;
        addClassNames("page", "quiz-page");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setDisableOnClick(true);
        footer.addClassName("quiz-footer");
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
            show(open.open(CurrentLearner.id(), lesson,
                    event.getLocation().getQueryParameters().getSingleParameter(ATTEMPT_PARAMETER)));
        }
    }

    private void show(OpenQuiz quiz) {
        attempt = quiz.attempt();
        cards = attempt.questions().stream().map(question -> new QuestionCard(question, attempt)).toList();
        cards.forEach(card -> Optional.ofNullable(quiz.answers().get(card.number())).ifPresent(card::restore));
        cards.forEach(card -> card.onChange(this::saveDraft));
        summary.clear();
        check.setEnabled(true);
        footer.removeAll();
        footer.add(new QuestionFlow(cards, check), check);
        footer.setVisible(true);
        removeAll();
        H2 questions = new H2("Questions");
        questions.addClassName("visually-hidden");
        add(new H1("Quiz: " + attempt.lesson().title()), QuizIntro.of(attempt), summary, questions);
        cards.forEach(this::add);
        add(footer);
        quiz.checked().ifPresent(recorded -> showChecked(recorded, false));
    }

    private void saveDraft() {
        open.saveDraft(CurrentLearner.id(), attempt, QuestionCard.responses(cards));
    }

    private void check() {
        Attempt recorded = recorder.submit(CurrentLearner.id(), attempt, QuestionCard.responses(cards));
        showChecked(recorded, true);
        UI.getCurrent().getPage().getHistory().replaceState(null,
                Links.quiz(attempt.lesson().id()) + "?" + ATTEMPT_PARAMETER + "=" + recorded.id());
    }

    private void showChecked(Attempt recorded, boolean announce) {
        checked = recorded;
        cards.forEach(card -> recorded.result().question(card.number()).ifPresent(card::showResult));
        footer.setVisible(false);
        Lesson lesson = attempt.lesson();
        Course course = library.course();
        summary.show(recorded.result(), attempt, cards, new NextSteps(lesson, recorded.result(),
                standing.next(CurrentLearner.id(), lesson, course),
                standing.courseProgress(CurrentLearner.id(), course).isComplete(), this::retryMistakes, this::retryAll));
        if (announce) {
            Announcer.polite(UI.getCurrent(), QuizSummary.announcement(recorded.result()));
            summary.takeFocus();
        }
    }

    private void retryMistakes() {
        retry(quizzes.retryMistakes(attempt, checked.result()));
    }

    private void retryAll() {
        retry(quizzes.retry(attempt));
    }

    /** A retry at the lesson version checked; the whole of a lesson changed since, which may no longer have those questions. */
    private void retry(QuizAttempt next) {
        Lesson latest = library.lesson(attempt.lesson().id()).orElse(attempt.lesson());
        show(OpenQuiz.fresh(latest.version().equals(next.lesson().version()) ? next : quizzes.start(latest)));
        UI.getCurrent().getPage().getHistory().replaceState(null, Links.quiz(latest.id()));
        PageTop.show(UI.getCurrent(), true);
    }

    @Override
    public String getPageTitle() {
        return attempt == null ? "Quiz" : "Quiz: " + attempt.lesson().title();
    }
}
