package com.thenandnow.lesson;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;
import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Makes saved changes to the lessons folder live without a restart: it watches the folder and has the
 * library re-read all of it once the changes pause. As every reload is a full rescan, whatever an editor
 * does (rename a temp file over a lesson, write in chunks, delete and recreate) ends in the right course.
 * While the folder is gone the library serves the last course with a notice, and this waits for the folder.
 */
@Component
public class LessonFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LessonFolderWatcher.class);
    /** How often to look for a missing folder, or for another folder put in place of the watched one. */
    private static final long FOLDER_CHECK_NANOS = Duration.ofMillis(500).toNanos();
    private static final long STOP_TIMEOUT_MILLIS = 5_000;

    private final LessonLibrary library;
    private final Path folder;
    private final LessonWatchProperties properties;
    private WatchService service;
    private Thread thread;

    /** A registered folder; {@code identity} tells it from another folder later put at the same path. */
    private record Watched(WatchKey key, Object identity) {
    }

    /** Changes not yet reloaded (null when there are none): when the first and the latest came, in nanoTime. */
    private record Pending(long first, long latest) {

        static Pending after(Pending before, long now) {
            return new Pending(before == null ? now : before.first, now);
        }

        long dueAt(LessonWatchProperties properties) {
            return Math.min(latest + properties.quietPeriod().toNanos(), first + properties.maxDelay().toNanos());
        }
    }

    public LessonFolderWatcher(LessonLibrary library, LessonsProperties lessons, LessonWatchProperties properties) {
        this.library = library;
        this.folder = lessons.dir();
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || thread != null) {
            return;
        }
        try {
            service = folder.getFileSystem().newWatchService();
        } catch (IOException e) {
            // e.g. the system's inotify limit is reached: the app still serves the course, only without live reload
            log.warn("Cannot watch {}; lesson changes need a restart to go live", folder.toAbsolutePath(), e);
            return;
        }
        thread = new Thread(this::run, "lesson-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Closing the service wakes the thread wherever it waits, where an interrupt could break a reload's reads. */
    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        try {
            service.close();
            thread.join(STOP_TIMEOUT_MILLIS);
        } catch (IOException e) {
            log.warn("Closing the watch on {} failed", folder.toAbsolutePath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /**
     * Whether an event may change the course. Editors' swap, lock and backup files ({@code .x.md.swp},
     * {@code .#x.md}, {@code x.md~}) cannot: the loader reads none of them, and renaming one onto
     * {@code x.md} comes as an event for {@code x.md}. An overflow means events were lost: rescan.
     */
    static boolean concernsCourse(WatchEvent<?> event) {
        if (event.kind() == OVERFLOW || !(event.context() instanceof Path path)) {
            return true;
        }
        String name = path.toString();
        return !name.startsWith(".") && !name.endsWith("~");
    }

    private void run() {
        try {
            while (true) {
                Watched watched = awaitFolder();
                follow(watched);
                watched.key().cancel();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // stop() closed the service: the thread ends here
        }
    }

    /** Registers the folder, first waiting for it to exist when it does not. */
    private Watched awaitFolder() throws InterruptedException {
        Optional<Watched> watched = register();
        if (watched.isEmpty()) {
            log.info("The lessons folder {} is missing: the last course stays live; waiting for the folder",
                    folder.toAbsolutePath());
            reload(); // sets the library's notice, which the instructor area shows
            while (watched.isEmpty()) {
                service.poll(FOLDER_CHECK_NANOS, NANOSECONDS); // a sleep that stop() ends by closing the service
                watched = register();
            }
            log.info("The lessons folder {} is back", folder.toAbsolutePath());
        }
        log.info("Watching {} for lesson changes", folder.toAbsolutePath());
        return watched.get();
    }

    /** Watches the folder as it is now; empty while there is no folder to watch at the path. */
    private Optional<Watched> register() {
        try {
            Object identity = identity(); // read first: if the folder is swapped meanwhile, the next check notices
            WatchKey key = folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            return Optional.of(new Watched(key, identity));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reloads once changes pause for the quiet period, or the max delay after the first, so a steady stream
     * of writes still reloads a few times a second. Starts as if after a change, so that changes made before
     * the watch was set are read too. Returns when the folder is gone or another folder took its place.
     */
    private void follow(Watched watched) throws InterruptedException {
        Pending pending = Pending.after(null, System.nanoTime());
        while (true) {
            WatchKey key = service.poll(waitNanos(pending), NANOSECONDS);
            long now = System.nanoTime();
            if (key == watched.key()) {
                if (key.pollEvents().stream().anyMatch(LessonFolderWatcher::concernsCourse)) {
                    pending = Pending.after(pending, now);
                }
                if (!key.reset()) {
                    return;
                }
            }
            if (pending != null && pending.dueAt(properties) - now <= 0) {
                reload();
                pending = null;
            } else if (key == null && pending == null && !isStill(watched)) {
                return;
            }
        }
    }

    private long waitNanos(Pending pending) {
        return pending == null ? FOLDER_CHECK_NANOS : Math.max(0, pending.dueAt(properties) - System.nanoTime());
    }

    /** A folder moved away keeps its watch and sends no event, so the path is checked now and then. */
    private boolean isStill(Watched watched) {
        try {
            return Objects.equals(identity(), watched.identity());
        } catch (IOException e) {
            return false;
        }
    }

    private Object identity() throws IOException {
        return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
    }

    private void reload() {
        try {
            long start = System.nanoTime();
            Course course = library.reload();
            log.debug("Reloaded {} lessons from {} in {} ms", course.lessons().size(), folder.toAbsolutePath(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // a bug met while reading one save must not end live reload for the rest of the run
            log.error("Reloading {} failed", folder.toAbsolutePath(), e);
        }
    }
}
