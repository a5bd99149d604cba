package com.thenandnow.lesson;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing the glossary or the timeline file. {@code draft} holds the entries without errors and is
 * present unless the file could not be read at all; it goes live only when the file has no error.
 */
public record ParsedReference<T>(Optional<T> draft, List<Problem> problems) {

    public ParsedReference {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return ProblemCount.of(problems).hasErrors();
    }
}
