package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LessonStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/** One lesson on the home page: title (a link), summary, reading time and where the learner stands. */
class LessonCard extends ListItem {

    final Span state = new Span();

    LessonCard(LessonStatus status) {
        Lesson lesson = status.lesson();
        addClassName("lesson-card");
        Anchor title = Links.to(lesson.title(), Links.lesson(lesson.id()));
        Span minutes = new Span(lesson.minutes() + " min");
        minutes.addClassName("minutes");
        state.setText(stateText(status));
        state.getElement().getThemeList().add("badge pill");
        state.getElement().getThemeList().add(badgeTheme(status.state()));
        state.addClassName("lesson-state");
        Paragraph meta = new Paragraph(minutes, state);
        meta.addClassName("lesson-meta");
        add(new H3(title), new Paragraph(lesson.summary()), meta);
    }

    /** "Not started", "Read", "Quiz not passed yet (best 33%)", "Passed", or what to pass to open it. */
    static String stateText(LessonStatus status) {
        return status.isLocked() ? "Locked · pass " + status.missingPrerequisites().stream()
                .map(Lesson::title).collect(Collectors.joining(", ")) + " first" : status.stateText();
    }

    /** Only a pass is loud; a quiz not passed yet is said in words, not shouted. */
    private static String badgeTheme(LessonStatus.State state) {
        return switch (state) {
            case PASSED -> "success";
            case LOCKED -> "contrast";
            case NOT_STARTED, READ, NOT_PASSED -> "normal";
        };
    }
}
