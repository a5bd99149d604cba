package com.thenandnow.learner.ui;

import com.thenandnow.lesson.ui.CourseUpdates;
import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.LessonStatus;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.ProgressRecorder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A lesson to read. Opening it marks it read; a locked lesson says what to pass first. */
@Route(value = "lessons/:lessonId", layout = MainLayout.class)
@AnonymousAllowed
class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div updateNotice = new Div();

    private final LessonLibrary library;
    private final CourseStanding standing;
    private final ProgressRecorder recorder;
    private Lesson lesson;

    LessonView(LessonLibrary library, CourseStanding standing, ProgressRecorder recorder) {
        this.library = library;
        this.standing = standing;
        this.recorder = recorder;
        addClassName("page");
        addClassName("lesson-page");
        CourseUpdates.follow(this, library::onReload, this::noticeNewerVersion);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElse("");
        Course course = library.course();
        lesson = course.lesson(id).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class, "There is no lesson '" + id + "'. It may have been renamed or removed.");
            return;
        }
        removeAll();
        LessonStatus status = standing.status(CurrentLearner.id(), lesson, course);
        if (status.isLocked()) {
            add(new LockedNotice(status));
            return;
        }
        recorder.markRead(CurrentLearner.id(), lesson);
        showLesson(status);
    }

    private void showLesson(LessonStatus status) {
        updateNotice.setVisible(false);
        updateNotice.addClassName("update-notice");
        updateNotice.getElement().setAttribute("role", "status");
        Button takeQuiz = new Button("Take the quiz", event -> UI.getCurrent().navigate(Links.quiz(lesson.id())));
        takeQuiz.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span quizFacts = new Span(lesson.questions().size() + " questions · pass mark " + lesson.passPercent() + "%");
        Div quiz = new Div(takeQuiz, quizFacts);
        quiz.addClassName("quiz-call");
        add(updateNotice, new H1(lesson.title()), new LessonFacts(lesson, status), SafeHtml.of(lesson.bodyHtml(), "lesson-body"), quiz);
    }

    private void noticeNewerVersion(Course course) {
        boolean changed = lesson != null && course.lesson(lesson.id()).map(Lesson::version)
                .filter(version -> !version.equals(lesson.version())).isPresent();
        if (changed && updateNotice.getChildren().findAny().isEmpty()) {
            Button reload = new Button("Show the new version", event -> UI.getCurrent().getPage().reload());
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
            updateNotice.add(new Paragraph("This lesson has been updated since you opened it."), reload);
        }
        updateNotice.setVisible(changed || updateNotice.isVisible());
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? "Lesson" : lesson.title();
    }
}
