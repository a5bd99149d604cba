package com.thenandnow.lesson;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the time from save to visible with the default watch timings: 20 saves of one lesson next to a copy
 * of the course, alternately renamed over the file and written in place, each timed from just before the write
 * until the library serves the new title. Prints the figures; asserts only that every save became visible. Surefire skips it by default:
 * {@code ./mvnw -o test -Dtest=SaveToVisibleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SaveToVisibleBenchmark {

    private static final int SAVES = 20;
    /** More than the max delay, so that each save is measured on its own rather than merged with the last. */
    private static final Duration BETWEEN_SAVES = Duration.ofMillis(600);
    private static final Duration GIVE_UP = Duration.ofSeconds(5);
    /** 0.1 ms: fine enough for the figures, without spinning a core of a shared machine. */
    private static final long POLL_NANOS = 100_000;
    /** The project's course goes in the folder too, so that each reload reads and parses as much as in the app. */
    private static final Path COURSE = Path.of("lessons");

    @TempDir
    Path folder;

    @Test
    void twenty_saves_each_become_visible() throws Exception {
        copyCourse();
        Path file = Files.writeString(folder.resolve("99-benchmark.md"), LessonFolderWatcherTest.lesson("Start"));
        LessonsProperties lessons = new LessonsProperties(folder);
        LessonLibrary library = new LessonLibrary(lessons, Clock.systemUTC());
        LessonFolderWatcher watcher = new LessonFolderWatcher(library, lessons, LessonFolderWatcherTest.DEFAULTS);
        watcher.start();
        try {
            Thread.sleep(BETWEEN_SAVES.toMillis()); // lets the watch start and its first reload pass
            List<Double> millis = new ArrayList<>();
            for (int save = 1; save <= SAVES; save++) {
                millis.add(saveAndWait(library, file, "Save " + save, save % 2 == 1));
                Thread.sleep(BETWEEN_SAVES.toMillis());
            }
            report(millis, library.course().lessons().size());
        } finally {
            watcher.stop();
        }
    }

    /** Milliseconds from just before the write until the library serves {@code title}. */
    private static double saveAndWait(LessonLibrary library, Path file, String title, boolean atomic) throws IOException {
        String content = LessonFolderWatcherTest.lesson(title);
        long start = System.nanoTime();
        if (atomic) {
            Path temp = Files.writeString(file.resolveSibling("." + file.getFileName() + ".tmp"), content);
            Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);
        } else {
            Files.writeString(file, content);
        }
        while (!library.lesson("benchmark").map(Lesson::title).orElse("").equals(title)) {
            if (System.nanoTime() - start > GIVE_UP.toNanos()) {
                fail("'%s' (%s) was not visible after %s", title, atomic ? "atomic rename" : "in place", GIVE_UP);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private void copyCourse() throws IOException {
        try (Stream<Path> files = Files.list(COURSE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    private static void report(List<Double> millis, int lessons) {
        List<Double> sorted = millis.stream().sorted().toList();
        double median = (sorted.get(SAVES / 2 - 1) + sorted.get(SAVES / 2)) / 2;
        System.out.printf(Locale.ROOT, "Save to visible, %d saves (odd: atomic rename, even: in place), %d lessons, ms:%n",
                SAVES, lessons);
        for (int i = 0; i < millis.size(); i++) {
            System.out.printf(Locale.ROOT, "  save %2d: %6.1f%n", i + 1, millis.get(i));
        }
        System.out.printf(Locale.ROOT, "median %.1f ms, worst %.1f ms (load average %.2f on %d CPUs)%n", median,
                sorted.get(SAVES - 1), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
