package com.thenandnow.instructor.ui;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Glossary;
import com.thenandnow.lesson.LessonFile;
import com.thenandnow.lesson.Timeline;
import com.thenandnow.lesson.ui.ReferencePage;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * The glossary or the timeline file as its page would show it, from the file as saved now (the entries with errors
 * left out): the page's title and content.
 */
record ReferencePreview(String title, Component content) {

    /** The preview of {@code file}, if it is the glossary or the timeline. */
    static Optional<ReferencePreview> of(LessonFile file, Course course) {
        Glossary glossary = course.referenceDrafts().glossary();
        Timeline timeline = course.referenceDrafts().timeline();
        return switch (file.kind()) {
            case GLOSSARY -> Optional.of(new ReferencePreview(glossary.title(), ReferencePage.of(glossary, course)));
            case TIMELINE -> Optional.of(new ReferencePreview(timeline.title(), ReferencePage.of(timeline, course)));
            default -> Optional.empty();
        };
    }
}
