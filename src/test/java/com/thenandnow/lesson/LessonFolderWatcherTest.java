package com.thenandnow.lesson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LessonFolderWatcherTest {

    /** The defaults the app runs with, read from the record's annotations. */
    static final LessonWatchProperties DEFAULTS = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("app.lessons.watch", LessonWatchProperties.class);

    @TempDir
    Path root;
    private Path folder;
    private LessonLibrary library;
    private LessonFolderWatcher watcher;

    @BeforeEach
    void watch_a_folder_with_one_lesson() throws IOException {
        folder = Files.createDirectory(root.resolve("lessons"));
        Files.writeString(folder.resolve("01-a.md"), lesson("A"));
        library = new LessonLibrary(new LessonsProperties(folder), Clock.systemUTC());
        library.afterSingletonsInstantiated(); // as in the app: the first load is done before the folder changes
        watcher = new LessonFolderWatcher(library, new LessonsProperties(folder), DEFAULTS);
        watcher.start();
    }

    @AfterEach
    void stop_watching() {
        watcher.stop();
    }

    @Test
    void an_atomic_rename_save_becomes_live() throws IOException {
        Path temp = Files.writeString(folder.resolve(".01-a.md.tmp"), lesson("A2"));
        Files.move(temp, folder.resolve("01-a.md"), ATOMIC_MOVE, REPLACE_EXISTING);
        eventually(() -> assertThat(title("a")).contains("A2"));
    }

    @Test
    void an_in_place_write_in_chunks_ends_live_with_the_full_content() throws Exception {
        byte[] content = lesson("A2").getBytes(UTF_8);
        int half = content.length / 2;
        try (OutputStream out = Files.newOutputStream(folder.resolve("01-a.md"), WRITE, TRUNCATE_EXISTING)) {
            out.write(content, 0, half);
            out.flush();
            Thread.sleep(30);
            out.write(content, half, content.length - half);
        }
        eventually(() -> assertThat(library.lesson("a")).get().extracting(Lesson::version)
                .isEqualTo(LessonParser.version(content)));
    }

    @Test
    void deleting_a_file_removes_its_lesson_and_recreating_the_file_brings_it_back() throws IOException {
        Files.delete(folder.resolve("01-a.md"));
        eventually(() -> assertThat(library.lesson("a")).isEmpty());
        Files.writeString(folder.resolve("01-a.md"), lesson("A2"));
        eventually(() -> assertThat(title("a")).contains("A2"));
    }

    @Test
    void renaming_a_lesson_file_is_seen() throws IOException {
        Files.move(folder.resolve("01-a.md"), folder.resolve("02-a.md"));
        eventually(() -> assertThat(library.lesson("a")).get().extracting(Lesson::fileName).isEqualTo("02-a.md"));
        assertThat(library.course().file("01-a.md")).isEmpty();
    }

    @Test
    void a_burst_of_a_thousand_writes_ends_with_the_last_content_live_after_far_fewer_reloads() throws Exception {
        AtomicInteger reloads = new AtomicInteger();
        library.onReload(course -> reloads.incrementAndGet());
        for (int i = 1; i <= 1_000; i++) {
            Files.writeString(folder.resolve("01-a.md"), lesson("A" + i));
            Thread.sleep(1); // spreads the writes over about a second
        }
        eventually(() -> assertThat(title("a")).contains("A1000"));
        assertThat(reloads).hasValueLessThan(50);
    }

    @Test
    void an_invalid_edit_keeps_the_last_good_version_live_and_a_fix_makes_the_new_version_live() throws IOException {
        String goodVersion = library.lesson("a").orElseThrow().version();
        String noQuiz = lesson("A2").substring(0, lesson("A2").indexOf("## Quiz"));
        Files.writeString(folder.resolve("01-a.md"), noQuiz);
        eventually(() -> assertThat(file("01-a.md").state()).isEqualTo(FileState.LAST_GOOD_VERSION));
        assertThat(file("01-a.md").problems()).filteredOn(Problem::isError).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("## Quiz"));
        assertThat(library.lesson("a")).get().extracting(Lesson::title, Lesson::version)
                .containsExactly("A", goodVersion);

        Files.writeString(folder.resolve("01-a.md"), lesson("A3"));
        eventually(() -> assertThat(title("a")).contains("A3"));
        assertThat(file("01-a.md").state()).isNotEqualTo(FileState.LAST_GOOD_VERSION);
    }

    @Test
    void a_deleted_folder_keeps_the_last_course_live_with_a_notice() throws IOException {
        deleteFolder();
        eventually(() -> assertThat(library.course().notice()).isPresent());
        assertThat(title("a")).contains("A");
    }

    @Test
    void a_recreated_folder_clears_the_notice_and_its_lessons_go_live() throws IOException {
        deleteFolder();
        eventually(() -> assertThat(library.course().notice()).isPresent());
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("01-a.md"), lesson("A2"));
        Files.writeString(folder.resolve("02-b.md"), lesson("B"));
        eventually(() -> {
            assertThat(library.course().notice()).isEmpty();
            assertThat(library.course().lessons()).extracting(Lesson::title).containsExactly("A2", "B");
        });
    }

    @Test
    void a_folder_missing_at_start_is_loaded_once_it_appears() throws IOException {
        Path later = root.resolve("later");
        LessonLibrary waiting = new LessonLibrary(new LessonsProperties(later), Clock.systemUTC());
        waiting.afterSingletonsInstantiated();
        LessonFolderWatcher lateWatcher = new LessonFolderWatcher(waiting, new LessonsProperties(later), DEFAULTS);
        AtomicInteger reloads = new AtomicInteger();
        waiting.onReload(course -> reloads.incrementAndGet());
        lateWatcher.start();
        try {
            eventually(() -> assertThat(reloads).hasPositiveValue()); // the watcher has found no folder
            assertThat(waiting.course().notice()).isPresent();
            Files.createDirectory(later);
            Files.writeString(later.resolve("01-a.md"), lesson("A"));
            eventually(() -> assertThat(waiting.lesson("a")).isPresent());
            assertThat(waiting.course().notice()).isEmpty();
        } finally {
            lateWatcher.stop();
        }
    }

    @Test
    void a_folder_swapped_for_another_is_watched_in_its_place() throws IOException {
        Files.move(folder, root.resolve("old"));
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("02-b.md"), lesson("B"));
        eventually(() -> assertThat(library.course().lessons()).extracting(Lesson::title).containsExactly("B"));
        Files.writeString(folder.resolve("02-b.md"), lesson("B2"));
        eventually(() -> assertThat(title("b")).contains("B2"));
    }

    @Test
    void an_overflow_counts_as_a_change_so_the_folder_is_rescanned() {
        assertThat(LessonFolderWatcher.concernsCourse(event(OVERFLOW, null))).isTrue();
    }

    @Test
    void editor_swap_and_backup_files_are_skipped_but_not_the_files_they_are_renamed_onto() {
        assertThat(Stream.of(".01-a.md.swp", ".#01-a.md", "01-a.md~", ".01-a.md.tmp"))
                .map(name -> event(ENTRY_MODIFY, Path.of(name)))
                .noneMatch(LessonFolderWatcher::concernsCourse);
        assertThat(Stream.of("01-a.md", "map.png"))
                .map(name -> event(ENTRY_CREATE, Path.of(name)))
                .allMatch(LessonFolderWatcher::concernsCourse);
    }

    @Test
    void a_disabled_watcher_does_not_start() {
        LessonWatchProperties off = new LessonWatchProperties(false, DEFAULTS.quietPeriod(), DEFAULTS.maxDelay());
        LessonFolderWatcher disabled = new LessonFolderWatcher(library, new LessonsProperties(folder), off);
        disabled.start();
        assertThat(disabled.isRunning()).isFalse();
    }

    static String lesson(String title) {
        return """
                ---
                title: %s
                ---
                Body.

                ## Quiz

                ### Is this true?
                Answer: true

                > Because.

                Source: ¶1
                """.formatted(title);
    }

    private Optional<String> title(String lessonId) {
        return library.lesson(lessonId).map(Lesson::title);
    }

    private LessonFile file(String fileName) {
        return library.course().file(fileName).orElseThrow();
    }

    private void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** Polls generously: the machine may be busy, and timing is the benchmark's business, not the tests'. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).untilAsserted(assertion);
    }

    private static <T> WatchEvent<T> event(WatchEvent.Kind<T> kind, T context) {
        return new WatchEvent<>() {
            @Override
            public Kind<T> kind() {
                return kind;
            }

            @Override
            public int count() {
                return 1;
            }

            @Override
            public T context() {
                return context;
            }
        };
    }
}
