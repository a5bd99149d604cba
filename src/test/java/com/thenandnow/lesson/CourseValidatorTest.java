package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.brokenLesson;
import static com.thenandnow.lesson.LessonFixtures.validLesson;
import static com.thenandnow.lesson.LessonFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line check: what it prints and the exit status it answers. */
class CourseValidatorTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int validate(String... args) {
        return CourseValidator.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void errors_are_printed_with_path_and_line_and_the_status_is_1() {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-broken.md", brokenLesson("Broken"));
        write(folder, "03-odd.md", validLesson("Odd", "colour: red"));

        int status = validate(CourseValidator.COMMAND, folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines()).hasSize(3);
        assertThat(lines().get(0)).startsWith(folder.resolve("02-broken.md") + ":8: error: a single choice question needs exactly one (x)");
        assertThat(lines().get(1)).startsWith(folder.resolve("03-odd.md") + ":3: warning: unknown front matter key 'colour'");
        assertThat(lines().get(2)).isEqualTo(folder + ": 3 files checked, 2 lessons valid; 1 error, 1 warning");
    }

    @Test
    void warnings_alone_give_status_0() {
        write(folder, "01-odd.md", validLesson("Odd", "colour: red", "size: big"));

        int status = validate(CourseValidator.COMMAND, folder.toString());

        assertThat(status).isZero();
        assertThat(lines()).last().isEqualTo(folder + ": 1 files checked, 1 lessons valid; 0 errors, 2 warnings");
    }

    @Test
    void a_clean_folder_prints_only_the_summary() {
        write(folder, "_course.md", "---\ntitle: Course\n---\n");
        write(folder, "01-a.md", validLesson("A"));
        write(folder, "02-b.md", validLesson("B"));

        int status = validate(CourseValidator.COMMAND, folder.toString());

        assertThat(status).isZero();
        assertThat(lines()).containsExactly(folder + ": 3 files checked, 2 lessons valid; 0 errors, 0 warnings");
    }

    @Test
    void problems_of_several_files_come_sorted_by_path_and_line() {
        write(folder, "02-b.md", brokenLesson("B").replace("title: B", "title: B\ncolour: red"));
        write(folder, "01-a.md", "---\nsummary: no title\n---\n");

        validate(CourseValidator.COMMAND, folder.toString());

        Path a = folder.resolve("01-a.md");
        Path b = folder.resolve("02-b.md");
        assertThat(lines()).satisfiesExactly(
                line -> assertThat(line).startsWith(a + ":1: error: the lesson has no title"),
                line -> assertThat(line).startsWith(a + ":1: error: the lesson has no '## Quiz' section"),
                line -> assertThat(line).startsWith(b + ":3: warning: unknown front matter key 'colour'"),
                line -> assertThat(line).startsWith(b + ":9: error: a single choice question"),
                line -> assertThat(line).isEqualTo(folder + ": 2 files checked, 0 lessons valid; 3 errors, 1 warning"));
    }

    @Test
    void broken_glossary_and_timeline_files_are_reported_at_their_lines_and_the_status_is_1() {
        write(folder, "01-duma.md", validLesson("Duma"));
        write(folder, GlossaryParser.FILE_NAME, "### Duma\nA parliament.\nLesson: parliament\n\n### duma\nThe same.\n\n### KGB\n");
        write(folder, TimelineParser.FILE_NAME, "### Someday\nAn event.\nLesson: duma\n\n### 1967\nAn event.\nLesson: duma\nSource: ¶\n");

        int status = validate(CourseValidator.COMMAND, folder.toString());

        Path glossary = folder.resolve(GlossaryParser.FILE_NAME);
        Path timeline = folder.resolve(TimelineParser.FILE_NAME);
        assertThat(status).isEqualTo(1);
        assertThat(lines()).containsExactly(
                glossary + ":3: error: 'Lesson: parliament' names an unknown lesson; known lessons: duma",
                glossary + ":5: error: 'duma' is already in the glossary, under 'Duma' on line 1; keep one entry per term",
                glossary + ":8: error: the term 'KGB' has no definition; write it in a paragraph under the heading",
                timeline + ":1: error: 'Someday' is not a date; write a year (1967), a month and a year (June 1974) or a "
                        + "day (24 February 2022)",
                timeline + ":1: warning: this event names no paragraph of the article; add 'Source: ¶N', or a line "
                        + "'Context beyond the article: …' when the article does not report it",
                timeline + ":8: warning: 'Source:' names no paragraph; write e.g. 'Source: ¶6' or 'Source: ¶6, ¶7'",
                folder + ": 3 files checked, 1 lessons valid, 0 glossary terms, 0 timeline events; 4 errors, 2 warnings");
    }

    @Test
    void the_summary_counts_the_live_glossary_terms_and_timeline_events() {
        write(folder, "01-duma.md", validLesson("Duma"));
        write(folder, GlossaryParser.FILE_NAME, "### Duma\nA parliament.\n\n### KGB\nAn agency.\n");
        write(folder, TimelineParser.FILE_NAME, "### 1967\nAn event.\nLesson: duma\nSource: ¶6\n");

        int status = validate(CourseValidator.COMMAND, folder.toString());

        assertThat(status).isZero();
        assertThat(lines()).containsExactly(
                folder + ": 3 files checked, 1 lessons valid, 2 glossary terms, 1 timeline event; 0 errors, 0 warnings");
    }

    @Test
    void a_missing_folder_is_an_error_with_status_1() {
        Path missing = folder.resolve("no-such-folder");

        int status = validate(CourseValidator.COMMAND, missing.toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines()).containsExactly(missing + ": error: no such folder; give the lessons folder, e.g. 'validate lessons'");
    }

    /** {@code Source: ¶99999999999} overflowed an int: the validator died with a stack trace and checked nothing. */
    @Test
    void a_lesson_that_once_stopped_the_validator_is_checked_with_the_others() {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-huge-source.md", validLesson("Huge source") + "\nSource: ¶99999999999\n");

        int status = validate(CourseValidator.COMMAND, folder.toString());

        assertThat(status).isZero();
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).startsWith(folder.resolve("02-huge-source.md") + ":14: warning: Source: ¶99999999999");
        assertThat(lines().get(1)).isEqualTo(folder + ": 2 files checked, 2 lessons valid; 0 errors, 1 warning");
    }

    /** An unreadable file once made the validator blame the folder and check nothing else. */
    @Test
    void an_unreadable_file_is_one_error_and_the_others_are_checked() {
        write(folder, "01-good.md", validLesson("Good"));
        write(folder, "02-locked.md", validLesson("Locked"));
        LessonFolder.Reader reader = LessonFixtures.failingToRead("02-locked.md", new AccessDeniedException("02-locked.md"));

        int status = CourseValidator.run(new String[] {CourseValidator.COMMAND, folder.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), path -> LessonFixtures.loader(path,
                        Clock.systemUTC(), reader, new LessonParser(LessonFixtures.MARKDOWN)::parse));

        assertThat(status).isEqualTo(1);
        assertThat(lines()).containsExactly(
                folder.resolve("02-locked.md") + ": error: cannot read the file (AccessDeniedException); check that the "
                        + "app may read it",
                folder + ": 2 files checked, 1 lessons valid; 1 error, 0 warnings");
    }

    /** The same with real permissions, where the file system enforces them (not for root, who reads anything). */
    @Test
    void a_file_without_read_permission_is_one_error_and_the_others_are_checked() throws IOException {
        Path locked = write(folder, "02-locked.md", validLesson("Locked"));
        write(folder, "01-good.md", validLesson("Good"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "this user reads files without read permission");

        int status = validate(CourseValidator.COMMAND, folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines()).containsExactly(
                locked + ": error: cannot read the file (AccessDeniedException); check that the app may read it",
                folder + ": 2 files checked, 1 lessons valid; 1 error, 0 warnings");
    }

    @Test
    void without_a_folder_the_lessons_folder_is_checked() {
        int status = validate(CourseValidator.COMMAND);

        assertThat(status).as("the real course has no errors").isZero();
        assertThat(lines()).last().asString()
                .matches("lessons: \\d+ files checked, \\d+ lessons valid, \\d+ glossary terms, \\d+ timeline events; "
                        + "0 errors, \\d+ warnings?");
    }
}
