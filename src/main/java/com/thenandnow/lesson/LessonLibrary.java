package com.thenandnow.lesson;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Serves the live course. Readers take one immutable {@link Course} snapshot; a reload builds a new
 * snapshot and swaps it in atomically, so a page never mixes two versions. When the folder cannot be
 * read, or loading meets a bug, the previous course stays live with a notice saying why. The first load
 * runs while Spring makes the app's other beans, and the start-up waits for it before going on.
 */
@Service
public class LessonLibrary implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LessonLibrary.class);

    /**
     * How long a reload waits for the parse of a changed file before it goes live without it; the file's new
     * version follows in a reload of its own once parsed, so one slow file never holds up the others.
     */
    static final Duration SLOW_FILE_WAIT = Duration.ofSeconds(1);

    private final CourseLoader loader;
    private final AtomicReference<Course> current = new AtomicReference<>();
    private final List<Consumer<Course>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstLoad = new CountDownLatch(1);

    @Autowired
    public LessonLibrary(LessonsProperties properties, Clock clock) {
        this(reloadLater -> {
            MarkdownRenderer markdown = new MarkdownRenderer();
            return new CourseLoader(new LessonFolder(properties.dir(), LessonFolder::readAtMost), clock, markdown,
                    ParseRunner.inBackground(new LessonParser(markdown)::parse, SLOW_FILE_WAIT, reloadLater));
        }, clock, LessonLibrary::onItsOwnThread);
    }

    /**
     * {@code loaders} builds the loader, given what to run when a parse ends after its reload stopped waiting;
     * {@code firstLoad} runs the first load.
     */
    LessonLibrary(Function<Runnable, CourseLoader> loaders, Clock clock, Executor firstLoad) {
        this.loader = loaders.apply(this::reload);
        current.set(new Course(CourseInfo.UNTITLED, List.of(), List.of(), clock.instant(), Optional.empty()));
        firstLoad.execute(this::loadFirst);
    }

    private static void onItsOwnThread(Runnable load) {
        Thread thread = new Thread(load, "lessons-first-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** Spring calls this once every bean is made: the app serves nobody before its first course. */
    @Override
    public void afterSingletonsInstantiated() {
        awaitFirstLoad();
    }

    /** The live course: one consistent snapshot. */
    public Course course() {
        awaitFirstLoad();
        return current.get();
    }

    public Optional<Lesson> lesson(String id) {
        return course().lesson(id);
    }

    /** Reads the folder again and makes the result live; listeners hear of every new snapshot. */
    public synchronized Course reload() {
        Course next = readFolder();
        current.set(next);
        firstLoad.countDown();
        listeners.forEach(listener -> listener.accept(next));
        return next;
    }

    /** Listeners are not told of the first course, as whoever reads one waits for it; a reload may come first. */
    private synchronized void loadFirst() {
        if (firstLoad.getCount() == 0) {
            return;
        }
        try {
            current.set(readFolder());
        } finally {
            firstLoad.countDown();
        }
    }

    private void awaitFirstLoad() {
        boolean interrupted = false;
        while (firstLoad.getCount() > 0) {
            try {
                firstLoad.await();
            } catch (InterruptedException e) {
                // a reader must still get a course; the interrupt is kept for its caller
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
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
