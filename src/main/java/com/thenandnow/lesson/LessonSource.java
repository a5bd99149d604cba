package com.thenandnow.lesson;

import java.util.Objects;

/** The raw bytes of one file, with the name it has in the folder and the path problems are reported under. */
public record LessonSource(String fileName, String path, byte[] content) {

    public LessonSource {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(path);
        Objects.requireNonNull(content);
    }
}
