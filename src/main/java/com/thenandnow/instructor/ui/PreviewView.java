package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonFile;
import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A lesson file as learners would see it, with the answer key of every question. It shows the file as
 * saved now (its draft), so a lesson that is not live, or whose last good version is live, can be checked
 * before learners get it. Addressed by file name, since a broken file may have no valid id. With
 * {@code ?question=N} it scrolls to question N and gives it keyboard focus, as the item analysis links it.
 */
@Route(value = "instructor/preview/:file", layout = InstructorLayout.class)
@RolesAllowed(InstructorAccount.ROLE)
class PreviewView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    static final String QUESTION_PARAMETER = "question";
    private static final String FOCUS_QUESTION = """
            const question = document.getElementById($0);
            if (question) { question.scrollIntoView({block: 'start'}); question.focus({preventScroll: true}); }
            """;

    private final InstructorService instructors;
    private String title = "Preview";
    private Optional<String> question = Optional.empty();

    /** The preview of a lesson file, at one of its questions. */
    static String route(String fileName, int question) {
        return Links.preview(fileName) + "?" + QUESTION_PARAMETER + "=" + question;
    }

    PreviewView(InstructorService instructors) {
        this.instructors = instructors;
        addClassNames("page", "instructor-page", "preview-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String fileName = event.getRouteParameters().get("file").orElse("");
        question = Optional.empty();
        removeAll();
        add(Links.to("← All lesson files", Links.INSTRUCTOR));
        Optional<LessonFile> file = find(fileName);
        if (file.isEmpty()) {
            title = "No such file";
            add(new H1(title), new Paragraph("There is no file '" + fileName + "' in the lessons folder. "
                    + "It may have been renamed or removed; the list of lesson files shows what is there now."));
            return;
        }
        show(file.get());
        question = event.getLocation().getQueryParameters().getSingleParameter(QUESTION_PARAMETER);
    }

    /** After the layout has brought the page top into view, so the question's focus comes last. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        question.ifPresent(number -> event.getLocationChangeEvent().getUI().getPage()
                .executeJs(FOCUS_QUESTION, PreviewQuestion.anchor(number)));
    }

    /**
     * Links encode the file name; whether the router hands the parameter over decoded has changed between
     * Flow versions, so both forms are tried.
     */
    private Optional<LessonFile> find(String parameter) {
        return instructors.file(parameter).or(() -> {
            try {
                return instructors.file(URLDecoder.decode(parameter, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        });
    }

    private void show(LessonFile file) {
        Optional<Lesson> draft = file.draft();
        Optional<ReferencePreview> reference = ReferencePreview.of(file, instructors.course());
        title = "Preview: " + draft.map(Lesson::title).or(() -> reference.map(ReferencePreview::title))
                .orElse(file.fileName());
        add(new H1(title), new Paragraph(file.fileName()), new FileStatus(file), stateNote(file));
        draft.ifPresent(this::showLesson);
        reference.ifPresent(preview -> add(preview.content()));
    }

    private static Paragraph stateNote(LessonFile file) {
        boolean reference = file.kind().isReference();
        String page = reference ? "page" : "lesson";
        String parts = reference ? "entries" : "questions";
        Paragraph note = new Paragraph(file.draft().isEmpty() && !reference ? "This file gives no lesson to preview."
                : switch (file.state()) {
                    case LIVE, LIVE_WITH_WARNINGS -> "Learners see this version.";
                    case LAST_GOOD_VERSION -> "Learners still see the last good version. This preview shows the file "
                            + "as saved now, without the " + parts + " that have errors.";
                    case NOT_LIVE -> "Learners do not see this " + page + " until its errors are fixed. This preview shows "
                            + "the file as saved now, without the " + parts + " that have errors.";
                });
        note.addClassName(file.state().isLive() && !file.problemCount().hasErrors() ? "state-note" : "state-note-warning");
        return note;
    }

    private void showLesson(Lesson lesson) {
        add(new LessonFactsLine(lesson), SafeHtml.of(lesson.bodyHtml(), "lesson-body"),
                new H2("Quiz · pass mark " + lesson.passPercent() + "%"));
        lesson.questions().forEach(question -> add(new PreviewQuestion(question)));
        if (lesson.questions().isEmpty()) {
            add(new Paragraph("No question of this file can be shown: see the problems above."));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Instructors";
    }
}
