package com.thenandnow.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lessons folder as the loader sees it: its Markdown files, each read on its own within
 * {@link #MAX_FILE_BYTES} (a file that cannot be read, or is too big, is one error of that file, never a
 * failure of the whole folder), and the names of the other files, which images may refer to.
 */
final class LessonFolder {

    /** Lessons are a few kilobytes; this leaves room for long ones while bounding the time and memory of one. */
    static final int MAX_FILE_BYTES = 512 * 1024;
    private static final int ASSET_DEPTH = 4;

    /** Reads at most {@code bytes} bytes of a file; the loader's tests give one that fails. */
    @FunctionalInterface
    interface Reader {
        byte[] readAtMost(Path file, int bytes) throws IOException;
    }

    /** A Markdown file as read: its source, or (with empty content) the error that kept it from being read. */
    record FileRead(LessonSource source, Optional<Problem> failure) {
    }

    private final Path path;
    private final Reader reader;

    LessonFolder(Path path, Reader reader) {
        this.path = path;
        this.reader = reader;
    }

    static byte[] readAtMost(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        }
    }

    Path path() {
        return path;
    }

    /** The Markdown files directly in the folder, by name; throws when the folder itself cannot be read. */
    List<Path> markdownFiles() throws IOException {
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** The file as read; empty when it was deleted since the folder was listed. */
    Optional<FileRead> read(Path file) {
        String name = file.getFileName().toString();
        String shownPath = path.resolve(name).toString();
        try {
            byte[] content = reader.readAtMost(file, MAX_FILE_BYTES + 1);
            if (content.length > MAX_FILE_BYTES) {
                return Optional.of(failed(name, shownPath, "the file is larger than " + MAX_FILE_BYTES / 1024
                        + " KB, the limit for a lesson file; split it into shorter lessons"));
            }
            return Optional.of(new FileRead(new LessonSource(name, shownPath, content), Optional.empty()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(failed(name, shownPath, "cannot read the file (" + reason(e) + "); check that the app "
                    + "may read it"));
        }
    }

    private static FileRead failed(String name, String shownPath, String message) {
        return new FileRead(new LessonSource(name, shownPath, new byte[0]),
                Optional.of(Problem.fileError(shownPath, message)));
    }

    /** Such as "AccessDeniedException" or "IOException: Input/output error", without repeating the path. */
    private static String reason(IOException e) {
        String detail = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        return e.getClass().getSimpleName() + (detail == null ? "" : ": " + detail);
    }

    /** Every file in the folder and its sub-folders but the lessons: what images may refer to. */
    Set<String> assetNames() throws IOException {
        try (Stream<Path> entries = Files.walk(path, ASSET_DEPTH)) {
            return entries.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".md"))
                    .map(file -> path.relativize(file).toString()).collect(Collectors.toSet());
        }
    }

    boolean assetExists(String relative) {
        Path root = path.toAbsolutePath().normalize();
        Path asset = root.resolve(relative).normalize();
        return asset.startsWith(root) && Files.isRegularFile(asset);
    }
}
