package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.validLesson;
import static com.thenandnow.lesson.LessonFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library always starts and keeps serving: a broken, buggy or slow file never takes the others with it. */
class LessonLibraryTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.systemUTC();
    /** Holds back the parse of any file whose content says "Slow", until the test lets it go. */
    private final CountDownLatch slowParse = new CountDownLatch(1);

    @AfterEach
    void letSlowParsesEnd() {
        slowParse.countDown();
    }

    /** {@code Source: ¶99999999999} once overflowed an int: the app failed to start, with every file. */
    @Test
    void the_library_starts_with_a_lesson_that_once_stopped_it_and_serves_every_lesson() {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-huge-source.md", validLesson("Huge source") + "\nSource: ¶99999999999\n");

        LessonLibrary library = new LessonLibrary(new LessonsProperties(folder), clock);

        assertThat(library.course().lessons()).extracting(Lesson::id).containsExactly("good", "huge-source");
        assertThat(library.course().problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("Source: ¶99999999999 is outside the article");
    }

    @Test
    void a_bug_met_while_parsing_one_file_leaves_the_library_serving_the_others() {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-bug.md", validLesson("Bug"));

        LessonLibrary library = new LessonLibrary(reloadLater -> new CourseLoader(
                new LessonFolder(folder, LessonFolder::readAtMost), clock, LessonFixtures.MARKDOWN,
                ParseRunner.inBackground(LessonFixtures.failingOn("Bug"), Duration.ofSeconds(10), reloadLater)), clock, Runnable::run);

        assertThat(library.course().lessons()).extracting(Lesson::id).containsExactly("good");
        assertThat(library.course().problemCount().errors()).isEqualTo(1);
    }

    @Test
    void a_bug_met_while_loading_keeps_the_last_course_with_a_notice() {
        write(folder, "01-good.md", validLesson("Good"));
        AtomicBoolean broken = new AtomicBoolean();
        LessonFolder.Reader reader = (file, bytes) -> {
            if (broken.get()) {
                throw new IllegalStateException("a bug");
            }
            return LessonFolder.readAtMost(file, bytes);
        };
        LessonLibrary library = new LessonLibrary(reloadLater -> LessonFixtures.loader(folder, clock, reader,
                new LessonParser(LessonFixtures.MARKDOWN)::parse), clock, Runnable::run);

        broken.set(true);
        Course course = library.reload();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("good");
        assertThat(course.notice()).hasValueSatisfying(notice -> assertThat(notice)
                .startsWith("The lessons could not be loaded because of an error in the app (IllegalStateException)"));
    }

    @Test
    void a_file_slower_to_parse_than_the_wait_goes_live_later_without_holding_up_the_others() {
        write(folder, "01-quick.md", validLesson("Quick"));
        write(folder, "02-slow.md", validLesson("Steady"));
        LessonLibrary library = new LessonLibrary(reloadLater -> new CourseLoader(
                new LessonFolder(folder, LessonFolder::readAtMost), clock, LessonFixtures.MARKDOWN,
                ParseRunner.inBackground(this::slowWhenAsked, Duration.ofMillis(50), reloadLater)), clock, Runnable::run);

        write(folder, "01-quick.md", validLesson("Quick, edited"));
        write(folder, "02-slow.md", validLesson("Slow"));
        library.reload();

        await().atMost(Duration.ofSeconds(10)).until(() -> library.lesson("quick").map(Lesson::title).orElse(""),
                "Quick, edited"::equals);
        assertThat(library.lesson("slow")).as("still parsing").map(Lesson::title).hasValue("Steady");
        slowParse.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> library.lesson("slow").map(Lesson::title).orElse(""),
                "Slow"::equals);
    }

    @Test
    void the_first_load_waits_for_every_file_however_slow_so_the_course_starts_whole() {
        write(folder, "01-quick.md", validLesson("Quick"));
        write(folder, "02-slow.md", validLesson("Slow"));
        write(folder, "03-after.md", validLesson("After", "requires: [slow]"));

        LessonLibrary library = new LessonLibrary(reloadLater -> new CourseLoader(
                new LessonFolder(folder, LessonFolder::readAtMost), clock, LessonFixtures.MARKDOWN,
                ParseRunner.inBackground(this::halfASecondWhenSlow, Duration.ofMillis(50), reloadLater)), clock, Runnable::run);

        assertThat(library.course().lessons()).extracting(Lesson::title).containsExactly("Quick", "Slow", "After");
        assertThat(library.course().problems()).isEmpty();
    }

    /** Start-up goes on while the course loads; a page asking for the course meanwhile waits for all of it. */
    @Test
    void the_first_load_runs_beside_start_up_and_its_first_reader_waits_for_it() throws Exception {
        write(folder, "01-quick.md", validLesson("Quick"));
        write(folder, "02-slow.md", validLesson("Slow"));
        AtomicInteger heardOf = new AtomicInteger();

        LessonLibrary library = new LessonLibrary(reloadLater -> new CourseLoader(
                new LessonFolder(folder, LessonFolder::readAtMost), clock, LessonFixtures.MARKDOWN,
                ParseRunner.inBackground(this::slowWhenAsked, Duration.ofSeconds(30), reloadLater)), clock,
                load -> new Thread(load).start());
        library.onReload(course -> heardOf.incrementAndGet());
        CompletableFuture<Course> firstRead = CompletableFuture.supplyAsync(library::course);

        Thread.sleep(300); // time for the read to return, had it not waited
        assertThat(firstRead).as("the constructor returned; the read waits for the slow file").isNotDone();
        slowParse.countDown();
        assertThat(firstRead.get(10, TimeUnit.SECONDS).lessons()).extracting(Lesson::title).containsExactly("Quick", "Slow");
        assertThat(heardOf).as("the first course is no reload").hasValue(0);
    }

    /** A parse that ends while its load still waits is that load's; only one that ends after it asks for another. */
    @Test
    void parses_that_end_in_time_ask_for_no_later_load() throws InterruptedException {
        for (int i = 1; i <= 10; i++) {
            write(folder, String.format("%02d-part%d.md", i, i), validLesson("Lesson " + i));
        }
        AtomicInteger lateLoads = new AtomicInteger();
        LessonLibrary library = new LessonLibrary(reloadLater -> new CourseLoader(
                new LessonFolder(folder, LessonFolder::readAtMost), clock, LessonFixtures.MARKDOWN,
                ParseRunner.inBackground(new LessonParser(LessonFixtures.MARKDOWN)::parse, Duration.ofSeconds(10), () -> {
                    lateLoads.incrementAndGet();
                    reloadLater.run();
                })), clock, Runnable::run);
        for (int i = 1; i <= 10; i++) {
            write(folder, String.format("%02d-part%d.md", i, i), validLesson("Lesson " + i + ", edited"));
            library.reload();
        }

        Thread.sleep(500); // time for a late-parse notice, had any parse been left unclaimed
        assertThat(library.course().lessons()).hasSize(10);
        assertThat(lateLoads).hasValue(0);
    }

    private ParsedLesson halfASecondWhenSlow(LessonSource file, ParseContext context) {
        if (new String(file.content(), StandardCharsets.UTF_8).contains("Slow")) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new LessonParser(LessonFixtures.MARKDOWN).parse(file, context);
    }

    private ParsedLesson slowWhenAsked(LessonSource file, ParseContext context) {
        if (new String(file.content(), StandardCharsets.UTF_8).contains("Slow")) {
            try {
                slowParse.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new LessonParser(LessonFixtures.MARKDOWN).parse(file, context);
    }
}
