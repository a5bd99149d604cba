package com.thenandnow.lesson;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing one lesson file. {@code draft} is present unless the file could not be read
 * at all; it is published only when there is no error. The lines point course-wide problems
 * (duplicate ids, unknown or cyclic requires) at the right key.
 */
public record ParsedLesson(LessonSource source, Optional<Lesson> draft, List<Problem> problems,
                           int idLine, int requiresLine) {

    public ParsedLesson {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return ProblemCount.of(problems).hasErrors();
    }
}
