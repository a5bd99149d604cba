package com.thenandnow.lesson;

import java.util.Objects;

/** The course's reference pages: its glossary and its timeline (each empty when its file is absent). */
public record CourseReference(Glossary glossary, Timeline timeline) {

    public static final CourseReference NONE = new CourseReference(Glossary.EMPTY, Timeline.EMPTY);

    public CourseReference {
        Objects.requireNonNull(glossary);
        Objects.requireNonNull(timeline);
    }
}
