package com.thenandnow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders that tests and benchmarks make, removed again so that runs do not pile them up. */
public final class TempFolders {

    private TempFolders() {
    }

    /** Deletes the folder and everything in it; links are deleted, never followed. */
    public static void deleteTree(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * For a folder that a cached Spring context keeps using until the test JVM ends (a lessons folder it
     * watches), so it can only go at exit.
     */
    public static Path deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return folder;
    }
}
