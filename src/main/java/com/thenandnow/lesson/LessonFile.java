package com.thenandnow.lesson;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file of the lessons folder as the library last read it.
 * {@code draft} is what the file gives as it is now (questions with errors left out), for previews;
 * {@code live} is the version learners get, which after a bad edit is the last good one.
 */
public record LessonFile(String fileName, String path, FileState state, List<Problem> problems,
                         Optional<Lesson> draft, Optional<Lesson> live, Instant loadedAt) {

    public LessonFile {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(path);
        Objects.requireNonNull(state);
        problems = List.copyOf(problems);
        Objects.requireNonNull(draft);
        Objects.requireNonNull(live);
        Objects.requireNonNull(loadedAt);
    }

    public FileKind kind() {
        return FileKind.of(fileName);
    }

    public ProblemCount problemCount() {
        return ProblemCount.of(problems);
    }
}
