package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Glossary;
import com.thenandnow.lesson.LessonFile;
import com.thenandnow.lesson.Timeline;
import com.thenandnow.lesson.ui.GlossaryList;
import com.thenandnow.lesson.ui.TimelineList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;

/** The glossary or the timeline file as its page would show it, from the file as saved now (entries with errors left out). */
class ReferencePreview extends Div {

    private final String title;

    private ReferencePreview(String title, String introHtml, Component list) {
        this.title = title;
        addClassName("reference-preview");
        if (!introHtml.isEmpty()) {
            add(SafeHtml.of(introHtml, "reference-intro"));
        }
        add(list);
    }

    /** The preview of {@code file}, if it is the glossary or the timeline. */
    static Optional<ReferencePreview> of(LessonFile file, Course course) {
        Glossary glossary = course.referenceDrafts().glossary();
        Timeline timeline = course.referenceDrafts().timeline();
        return switch (file.kind()) {
            case GLOSSARY -> Optional.of(new ReferencePreview(glossary.title(), glossary.introHtml(), new GlossaryList(glossary, course)));
            case TIMELINE -> Optional.of(new ReferencePreview(timeline.title(), timeline.introHtml(), new TimelineList(timeline, course)));
            default -> Optional.empty();
        };
    }

    String title() {
        return title;
    }
}
