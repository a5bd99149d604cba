package com.thenandnow.lesson;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Serves the live course. Readers take one immutable {@link Course} snapshot; a reload builds a new
 * snapshot and swaps it in atomically, so a page never mixes two versions. When the folder cannot be
 * read, the previous course stays live with a notice saying why.
 */
@Service
public class LessonLibrary {

    private static final Logger log = LoggerFactory.getLogger(LessonLibrary.class);

    private final CourseLoader loader;
    private final AtomicReference<Course> current = new AtomicReference<>();
    private final List<Consumer<Course>> listeners = new CopyOnWriteArrayList<>();

    public LessonLibrary(LessonsProperties properties, Clock clock) {
        this.loader = new CourseLoader(properties.dir(), clock, new MarkdownRenderer());
        current.set(new Course(CourseInfo.UNTITLED, List.of(), List.of(), clock.instant(), Optional.empty()));
        reload();
    }

    /** The live course: one consistent snapshot. */
    public Course course() {
        return current.get();
    }

    public Optional<Lesson> lesson(String id) {
        return course().lesson(id);
    }

    /** Reads the folder again and makes the result live; listeners hear of every new snapshot. */
    public synchronized Course reload() {
        Course next = readFolder();
        current.set(next);
        listeners.forEach(listener -> listener.accept(next));
        return next;
    }

    private Course readFolder() {
        try {
            Course loaded = loader.load();
            log.info("Loaded {} lessons from {}: {}", loaded.lessons().size(), loader.folder(), loaded.problemCount());
            return loaded;
        } catch (IOException e) {
            String notice = "The lessons folder " + loader.folder().toAbsolutePath() + " cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the course loaded before is still served.";
            log.warn(notice);
            return current.get().withNotice(notice);
        }
    }

    /** Calls {@code listener} with every new snapshot; the returned action unsubscribes. */
    public Runnable onReload(Consumer<Course> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
