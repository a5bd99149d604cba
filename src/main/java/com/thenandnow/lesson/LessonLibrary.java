package com.thenandnow.lesson;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Serves the live course. Readers take one immutable {@link Course} snapshot; a reload builds a new
 * snapshot and swaps it in atomically, so a page never mixes two versions. When the folder cannot be
 * read, or loading meets a bug, the previous course stays live with a notice saying why.
 */
@Service
public class LessonLibrary {

    private static final Logger log = LoggerFactory.getLogger(LessonLibrary.class);

    /**
     * How long a reload waits for the parse of a changed file before it goes live without it; the file's new
     * version follows in a reload of its own once parsed, so one slow file never holds up the others.
     */
    static final Duration SLOW_FILE_WAIT = Duration.ofSeconds(1);

    private final CourseLoader loader;
    private final AtomicReference<Course> current = new AtomicReference<>();
    private final List<Consumer<Course>> listeners = new CopyOnWriteArrayList<>();

    @Autowired
    public LessonLibrary(LessonsProperties properties, Clock clock) {
        this(reloadLater -> {
            MarkdownRenderer markdown = new MarkdownRenderer();
            return new CourseLoader(new LessonFolder(properties.dir(), LessonFolder::readAtMost), clock, markdown,
                    ParseRunner.inBackground(new LessonParser(markdown)::parse, SLOW_FILE_WAIT, reloadLater));
        }, clock);
    }

    /** {@code loaders} builds the loader, given what to run when a parse ends after its reload stopped waiting. */
    LessonLibrary(Function<Runnable, CourseLoader> loaders, Clock clock) {
        this.loader = loaders.apply(this::reload);
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
        } catch (RuntimeException e) {
            // each file's own errors are its problems; this is a bug elsewhere, and the app must still start
            log.error("Loading the lessons from {} failed", loader.folder().toAbsolutePath(), e);
            return current.get().withNotice("The lessons could not be loaded because of an error in the app ("
                    + e.getClass().getSimpleName() + "); the course loaded before is still served. The log has the details.");
        }
    }

    /** Calls {@code listener} with every new snapshot; the returned action unsubscribes. */
    public Runnable onReload(Consumer<Course> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
