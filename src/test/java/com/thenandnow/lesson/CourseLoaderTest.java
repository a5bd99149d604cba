package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.brokenLesson;
import static com.thenandnow.lesson.LessonFixtures.format;
import static com.thenandnow.lesson.LessonFixtures.validLesson;
import static com.thenandnow.lesson.LessonFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a lessons folder, again and again: which version of each file is live. */
class CourseLoaderTest {

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock();

    private final AtomicBoolean locked = new AtomicBoolean();

    private CourseLoader loader() {
        return new CourseLoader(folder, clock, LessonFixtures.MARKDOWN);
    }

    /** A loader that reads {@code fileName} as the app does, but fails with {@code failure} while {@link #locked}. */
    private CourseLoader lockable(String fileName, IOException failure) {
        LessonFolder.Reader failing = LessonFixtures.failingToRead(fileName, failure);
        LessonFolder.Reader reader = (file, bytes) -> locked.get() ? failing.readAtMost(file, bytes)
                : LessonFolder.readAtMost(file, bytes);
        return LessonFixtures.loader(folder, clock, reader, new LessonParser(LessonFixtures.MARKDOWN)::parse);
    }

    @Test
    void the_real_course_loads_without_errors() throws IOException {
        Course course = new CourseLoader(Path.of("lessons"), clock, LessonFixtures.MARKDOWN).load();

        assertThat(format(course.problems().stream().filter(Problem::isError).toList())).isEmpty();
        assertThat(course.lessons()).isNotEmpty();
        assertThat(course.info().paragraphs()).isPresent();
    }

    @Test
    void lessons_come_in_course_order_and_other_files_are_ignored() throws IOException {
        write(folder, "10-last.md", validLesson("Last"));
        write(folder, "02-second.md", validLesson("Second"));
        write(folder, "first.md", validLesson("First", "order: 1"));
        write(folder, "_draft.md", validLesson("Draft"));
        write(folder, ".hidden.md", validLesson("Hidden"));
        write(folder, "notes.txt", "not a lesson");
        write(folder, "old/03-old.md", validLesson("Old"));

        Course course = loader().load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("first", "second", "last");
        assertThat(course.files()).extracting(LessonFile::fileName).containsExactly("02-second.md", "10-last.md", "first.md");
        assertThat(course.files()).extracting(LessonFile::state).containsOnly(FileState.LIVE);
        assertThat(course.info()).isEqualTo(CourseInfo.UNTITLED);
    }

    @Test
    void a_lesson_with_errors_has_a_draft_but_is_not_live_and_the_others_are() throws IOException {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-broken.md", brokenLesson("Broken"));

        Course course = loader().load();
        LessonFile broken = course.file("02-broken.md").orElseThrow();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("good");
        assertThat(broken.state()).isEqualTo(FileState.NOT_LIVE);
        assertThat(broken.live()).isEmpty();
        assertThat(broken.draft()).map(Lesson::title).hasValue("Broken");
        assertThat(broken.draft().orElseThrow().questions()).isEmpty();
        assertThat(broken.problems()).extracting(Problem::toString)
                .anyMatch(problem -> problem.startsWith(folder.resolve("02-broken.md") + ":8: error: a single choice"));
    }

    @Test
    void a_file_that_is_not_utf_8_does_not_stop_the_others() throws IOException {
        write(folder, "01-good.md", validLesson("Good"));
        Files.write(folder.resolve("02-latin.md"), "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));

        Course course = loader().load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("good");
        assertThat(course.file("02-latin.md").orElseThrow().state()).isEqualTo(FileState.NOT_LIVE);
        assertThat(course.problemCount().errors()).isEqualTo(1);
    }

    @Test
    void a_file_saved_with_an_error_keeps_its_last_good_version_live() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-lesson.md", validLesson("First version"));
        loader.load();

        write(folder, "01-lesson.md", brokenLesson("Second version"));
        Course course = loader.load();
        LessonFile file = course.file("01-lesson.md").orElseThrow();

        assertThat(file.state()).isEqualTo(FileState.LAST_GOOD_VERSION);
        assertThat(file.problemCount().errors()).isEqualTo(1);
        assertThat(file.live()).map(Lesson::title).hasValue("First version");
        assertThat(file.draft()).map(Lesson::title).hasValue("Second version");
        assertThat(course.lesson("lesson")).map(Lesson::title).hasValue("First version");
    }

    @Test
    void a_fixed_file_goes_live_again() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-lesson.md", validLesson("First version"));
        loader.load();
        write(folder, "01-lesson.md", brokenLesson("Broken version"));
        loader.load();

        write(folder, "01-lesson.md", validLesson("Fixed version"));
        Course course = loader.load();

        assertThat(course.file("01-lesson.md").orElseThrow().state()).isEqualTo(FileState.LIVE);
        assertThat(course.lesson("lesson")).map(Lesson::title).hasValue("Fixed version");
    }

    @Test
    void a_file_with_errors_from_the_start_goes_live_once_fixed() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-lesson.md", brokenLesson("Broken"));
        assertThat(loader.load().lessons()).isEmpty();

        write(folder, "01-lesson.md", validLesson("Fixed"));

        assertThat(loader.load().lesson("lesson")).map(Lesson::title).hasValue("Fixed");
    }

    @Test
    void a_deleted_file_disappears_from_the_course() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-stays.md", validLesson("Stays"));
        write(folder, "02-goes.md", validLesson("Goes"));
        loader.load();

        Files.delete(folder.resolve("02-goes.md"));
        Course course = loader.load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("stays");
        assertThat(course.file("02-goes.md")).isEmpty();
    }

    @Test
    void a_deleted_file_does_not_come_back_with_its_old_version() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-lesson.md", validLesson("Old"));
        loader.load();
        Files.delete(folder.resolve("01-lesson.md"));
        loader.load();

        write(folder, "01-lesson.md", brokenLesson("New"));

        assertThat(loader.load().lessons()).isEmpty();
    }

    @Test
    void a_renamed_file_is_served_under_its_new_name() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-lesson.md", validLesson("Lesson"));
        loader.load();

        Files.move(folder.resolve("01-lesson.md"), folder.resolve("05-lesson.md"));
        Course course = loader.load();

        assertThat(course.files()).extracting(LessonFile::fileName).containsExactly("05-lesson.md");
        assertThat(course.lesson("lesson")).map(Lesson::order).hasValue(5);
        assertThat(course.problems()).isEmpty();
    }

    @Test
    void loaded_at_stays_for_unchanged_files_and_moves_for_changed_ones() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-same.md", validLesson("Same"));
        write(folder, "02-edited.md", validLesson("Edited"));
        Instant first = loader.load().loadedAt();

        clock.advance();
        write(folder, "02-edited.md", validLesson("Edited again"));
        Course course = loader.load();

        assertThat(course.loadedAt()).isAfter(first);
        assertThat(course.file("01-same.md").orElseThrow().loadedAt()).isEqualTo(first);
        assertThat(course.file("02-edited.md").orElseThrow().loadedAt()).isEqualTo(course.loadedAt());
    }

    @Test
    void the_course_file_describes_the_course_and_is_listed_with_the_files() throws IOException {
        write(folder, "_course.md", "---\ntitle: Then & Now\nparagraphs: 15\n---\n\nWelcome.\n");
        write(folder, "01-lesson.md", validLesson("Lesson"));

        Course course = loader().load();

        assertThat(course.info().title()).isEqualTo("Then & Now");
        assertThat(course.info().paragraphs()).hasValue(15);
        assertThat(course.file("_course.md").orElseThrow().state()).isEqualTo(FileState.LIVE);
        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("lesson");
    }

    @Test
    void a_course_file_saved_with_an_error_keeps_its_last_good_version() throws IOException {
        CourseLoader loader = loader();
        write(folder, "_course.md", "---\ntitle: Good title\n---\n");
        loader.load();

        write(folder, "_course.md", "---\ntitle: Bad title\nparagraphs: 0\n---\n");
        Course course = loader.load();

        assertThat(course.info().title()).isEqualTo("Good title");
        assertThat(course.file("_course.md").orElseThrow().state()).isEqualTo(FileState.LAST_GOOD_VERSION);
    }

    @Test
    void a_deleted_course_file_leaves_the_course_untitled() throws IOException {
        CourseLoader loader = loader();
        write(folder, "_course.md", "---\ntitle: Old title\nparagraphs: 3\n---\n");
        loader.load();

        Files.delete(folder.resolve("_course.md"));

        assertThat(loader.load().info()).isEqualTo(CourseInfo.UNTITLED);
    }

    @Test
    void a_missing_folder_is_an_exception_for_the_caller_to_handle() {
        CourseLoader loader = new CourseLoader(folder.resolve("missing"), clock, LessonFixtures.MARKDOWN);

        assertThatThrownBy(loader::load).isInstanceOf(IOException.class);
    }

    @Test
    void an_image_added_later_clears_its_missing_file_warning_on_the_next_load() throws IOException {
        write(folder, "01-map.md", validLesson("Map").replace("Some words to read.", "![A map](images/map.png)"));
        CourseLoader loader = loader();
        assertThat(format(loader.load().problems())).singleElement().asString().contains("images/map.png' is missing");

        write(folder, "images/map.png", "not really a PNG, but a file");

        assertThat(loader.load().problems()).isEmpty();
    }

    @Test
    void a_change_of_the_article_length_rechecks_the_sources_of_unchanged_lessons() throws IOException {
        write(folder, "_course.md", "---\nparagraphs: 15\n---\n");
        write(folder, "01-a.md", validLesson("A") + "\nSource: ¶12\n");
        CourseLoader loader = loader();
        assertThat(loader.load().problems()).isEmpty();

        write(folder, "_course.md", "---\nparagraphs: 10\n---\n");

        assertThat(format(loader.load().problems())).singleElement().asString().contains("¶12 is outside the article");
    }

    // Files that break, cannot be read or are too big: one error for that file, the rest of the course loads

    @Test
    void a_bug_met_while_parsing_a_file_is_an_error_of_that_file_and_the_others_load() throws IOException {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-bug.md", validLesson("Bug"));

        Course course = LessonFixtures.loader(folder, clock, LessonFolder::readAtMost, LessonFixtures.failingOn("Bug")).load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("good");
        assertThat(course.file("02-bug.md").orElseThrow().problems()).extracting(Problem::toString).singleElement()
                .asString().startsWith(folder.resolve("02-bug.md") + ":1: error: this file could not be read because "
                        + "of an error in the app (java.lang.IllegalStateException: a bug met by 02-bug.md at ");
    }

    @Test
    void a_file_that_meets_a_bug_keeps_its_last_good_version_and_later_edits_still_load() throws IOException {
        CourseLoader loader = LessonFixtures.loader(folder, clock, LessonFolder::readAtMost, LessonFixtures.failingOn("Bug"));
        write(folder, "01-lesson.md", validLesson("First"));
        write(folder, "02-other.md", validLesson("Other"));
        loader.load();

        write(folder, "01-lesson.md", validLesson("Bug"));
        write(folder, "02-other.md", validLesson("Other, edited"));
        Course course = loader.load();

        assertThat(course.file("01-lesson.md").orElseThrow().state()).isEqualTo(FileState.LAST_GOOD_VERSION);
        assertThat(course.lesson("lesson")).map(Lesson::title).hasValue("First");
        assertThat(course.lesson("other")).map(Lesson::title).hasValue("Other, edited");
    }

    @Test
    void an_unreadable_file_is_one_error_for_that_file_and_the_others_load() throws IOException {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-locked.md", validLesson("Locked"));
        LessonFolder.Reader reader = LessonFixtures.failingToRead("02-locked.md", new AccessDeniedException("02-locked.md"));

        Course course = LessonFixtures.loader(folder, clock, reader, new LessonParser(LessonFixtures.MARKDOWN)::parse).load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("good");
        assertThat(course.problems()).extracting(Problem::toString).containsExactly(folder.resolve("02-locked.md")
                + ": error: cannot read the file (AccessDeniedException); check that the app may read it");
        assertThat(course.file("02-locked.md").orElseThrow().state()).isEqualTo(FileState.NOT_LIVE);
    }

    @Test
    void a_file_that_becomes_unreadable_keeps_its_last_good_version_live() throws IOException {
        CourseLoader loader = lockable("01-lesson.md", new AccessDeniedException("01-lesson.md"));
        write(folder, "01-lesson.md", validLesson("Readable"));
        loader.load();

        locked.set(true);
        Course course = loader.load();

        assertThat(course.file("01-lesson.md").orElseThrow().state()).isEqualTo(FileState.LAST_GOOD_VERSION);
        assertThat(course.lesson("lesson")).map(Lesson::title).hasValue("Readable");
    }

    @Test
    void a_course_file_that_becomes_unreadable_keeps_the_course_description() throws IOException {
        CourseLoader loader = lockable("_course.md", new IOException("Input/output error"));
        write(folder, "_course.md", "---\ntitle: Kept\n---\n");
        write(folder, "01-lesson.md", validLesson("Lesson"));
        loader.load();

        locked.set(true);
        Course course = loader.load();

        assertThat(course.info().title()).isEqualTo("Kept");
        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("lesson");
        assertThat(course.file("_course.md").orElseThrow().problems()).extracting(Problem::message).containsExactly(
                "cannot read the file (IOException: Input/output error); check that the app may read it");
    }

    @Test
    void a_file_deleted_while_the_folder_is_read_is_left_out() throws IOException {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-gone.md", validLesson("Gone"));
        LessonFolder.Reader reader = LessonFixtures.failingToRead("02-gone.md", new NoSuchFileException("02-gone.md"));

        Course course = LessonFixtures.loader(folder, clock, reader, new LessonParser(LessonFixtures.MARKDOWN)::parse).load();

        assertThat(course.files()).extracting(LessonFile::fileName).containsExactly("01-good.md");
        assertThat(course.problems()).isEmpty();
    }

    @Test
    void a_file_over_the_size_limit_is_one_error_and_is_not_parsed() throws IOException {
        write(folder, "01-good.md", validLesson("Good"));
        String big = validLesson("Big");
        write(folder, "02-big.md", big + " ".repeat(LessonFolder.MAX_FILE_BYTES + 1 - big.length()));
        write(folder, "03-just-fits.md", big + " ".repeat(LessonFolder.MAX_FILE_BYTES - big.length()));

        Course course = loader().load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("good", "just-fits");
        assertThat(course.problems()).extracting(Problem::toString).containsExactly(folder.resolve("02-big.md")
                + ": error: the file is larger than 512 KB, the limit for a lesson file; split it into shorter lessons");
    }

    /** A clock the test moves by hand, so load times are known. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-05-22T10:00:00Z");

        void advance() {
            now = now.plusSeconds(60);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
