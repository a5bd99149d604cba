package com.thenandnow.lesson;

import com.thenandnow.TempFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A temporary copy of a lessons folder, with its sub-folders, for tests and benchmarks that save lessons; it is
 * deleted when the JVM ends.
 */
public final class LessonFolderCopy {

    private LessonFolderCopy() {
    }

    public static Path of(Path lessons) {
        try {
            Path copy = Files.createTempDirectory("then-and-now-lessons");
            try (Stream<Path> files = Files.walk(lessons)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(lessons.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return TempFolders.deleteOnExit(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
