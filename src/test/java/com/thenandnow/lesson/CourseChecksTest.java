package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.format;
import static com.thenandnow.lesson.LessonFixtures.validLesson;
import static com.thenandnow.lesson.LessonFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the whole folder can tell: duplicate ids, requires, image files, paragraphs of the article. */
class CourseChecksTest {

    @TempDir
    Path folder;

    private CourseLoader loader() {
        return new CourseLoader(folder, Clock.systemUTC(), LessonFixtures.MARKDOWN);
    }

    private static List<String> errorsOf(Course course, String fileName) {
        return format(course.file(fileName).orElseThrow().problems().stream().filter(Problem::isError).toList());
    }

    private static List<String> warningsOf(Course course, String fileName) {
        return format(course.file(fileName).orElseThrow().problems().stream().filter(problem -> !problem.isError()).toList());
    }

    @Test
    void a_duplicate_id_is_blamed_on_the_newcomer_at_its_id_line() throws IOException {
        CourseLoader loader = loader();
        write(folder, "02-original.md", validLesson("Original", "id: defectors"));
        loader.load();

        write(folder, "01-newcomer.md", validLesson("Newcomer", "summary: New.", "id: defectors"));
        Course course = loader.load();

        assertThat(errorsOf(course, "01-newcomer.md")).containsExactly(
                "4: the id 'defectors' is already used by 02-original.md; rename this file or set a different 'id:'");
        assertThat(errorsOf(course, "02-original.md")).isEmpty();
        assertThat(course.lesson("defectors")).map(Lesson::title).hasValue("Original");
        assertThat(course.lessons()).hasSize(1);
    }

    @Test
    void two_new_files_with_one_id_blame_the_later_file_name() throws IOException {
        write(folder, "01-a.md", validLesson("A", "id: same"));
        write(folder, "02-b.md", validLesson("B", "id: same"));

        Course course = loader().load();

        assertThat(errorsOf(course, "02-b.md")).singleElement().asString().startsWith("3: the id 'same' is already used by 01-a.md");
        assertThat(course.lesson("same")).map(Lesson::title).hasValue("A");
    }

    @Test
    void requires_naming_an_unknown_lesson_is_an_error_at_the_requires_line() throws IOException {
        write(folder, "01-intro.md", validLesson("Intro"));
        write(folder, "02-next.md", validLesson("Next", "summary: S.", "requires: [intro, nowhere]"));

        Course course = loader().load();

        assertThat(errorsOf(course, "02-next.md")).containsExactly(
                "4: 'requires' names an unknown lesson 'nowhere'; known lessons: intro, next");
        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("intro");
    }

    @Test
    void requires_naming_a_deleted_lesson_is_an_error() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-intro.md", validLesson("Intro"));
        write(folder, "02-next.md", validLesson("Next", "requires: intro"));
        loader.load();

        Files.delete(folder.resolve("01-intro.md"));
        Course course = loader.load();

        assertThat(errorsOf(course, "02-next.md")).singleElement().asString()
                .startsWith("3: 'requires' names an unknown lesson 'intro'");
    }

    @Test
    void a_requires_cycle_is_blamed_on_the_file_that_closed_it_and_the_other_lesson_stays_live() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-first.md", validLesson("First", "requires: [second]"));
        write(folder, "02-second.md", validLesson("Second"));
        loader.load();

        write(folder, "02-second.md", validLesson("Second, edited", "requires: [first]"));
        Course course = loader.load();

        assertThat(errorsOf(course, "02-second.md")).containsExactly("3: 'requires' forms a cycle: second → first → second; "
                + "a lesson cannot depend on itself, even indirectly");
        assertThat(errorsOf(course, "01-first.md")).isEmpty();
        assertThat(course.file("02-second.md").orElseThrow().state()).isEqualTo(FileState.LAST_GOOD_VERSION);
        assertThat(course.lessons()).extracting(Lesson::title).containsExactly("First", "Second");
    }

    @Test
    void a_cycle_closed_by_the_earlier_file_name_is_blamed_on_that_file() throws IOException {
        CourseLoader loader = loader();
        write(folder, "01-first.md", validLesson("First"));
        write(folder, "02-second.md", validLesson("Second", "requires: [first]"));
        loader.load();

        write(folder, "01-first.md", validLesson("First, edited", "requires: [second]"));
        Course course = loader.load();

        assertThat(errorsOf(course, "01-first.md")).singleElement().asString().startsWith("3: 'requires' forms a cycle");
        assertThat(errorsOf(course, "02-second.md")).isEmpty();
        assertThat(course.lessons()).extracting(Lesson::title).containsExactly("First", "Second");
    }

    @Test
    void a_cycle_in_new_files_takes_only_one_of_them_offline() throws IOException {
        write(folder, "01-a.md", validLesson("A", "requires: [c]"));
        write(folder, "02-b.md", validLesson("B", "requires: [a]"));
        write(folder, "03-c.md", validLesson("C", "requires: [b]"));

        Course course = loader().load();

        assertThat(course.problemCount().errors()).isEqualTo(1);
        assertThat(errorsOf(course, "03-c.md")).singleElement().asString().contains("c → b → a → c");
        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("a", "b");
    }

    @Test
    void a_lesson_requiring_itself_is_a_cycle() throws IOException {
        write(folder, "01-loop.md", validLesson("Loop", "requires: loop"));

        Course course = loader().load();

        assertThat(errorsOf(course, "01-loop.md")).singleElement().asString().startsWith("3: 'requires' forms a cycle: loop → loop");
        assertThat(course.lessons()).isEmpty();
    }

    @Test
    void an_image_whose_file_is_missing_is_a_warning_and_an_existing_one_is_not() throws IOException {
        Path lessons = folder.resolve("lessons");
        write(lessons, "images/map.png", "a picture");
        write(folder, "secret.png", "beside the lessons folder, not in it");
        write(lessons, "01-maps.md", validLesson("Maps").replace("Some words to read.",
                "![Map](images/map.png)\n\n![Photo](images/photo.png)\n\n![Escape](../secret.png)"));

        Course course = new CourseLoader(lessons, Clock.systemUTC(), LessonFixtures.MARKDOWN).load();

        assertThat(warningsOf(course, "01-maps.md")).containsExactly(
                "7: the image file 'images/photo.png' is missing; put it in the lessons folder or fix the path",
                "9: the image file '../secret.png' is missing; put it in the lessons folder or fix the path");
        assertThat(course.file("01-maps.md").orElseThrow().state()).isEqualTo(FileState.LIVE_WITH_WARNINGS);
    }

    @Test
    void a_source_outside_the_paragraphs_of_the_course_file_is_a_warning() throws IOException {
        write(folder, "_course.md", "---\ntitle: Then & Now\nparagraphs: 15\n---\n");
        write(folder, "01-lesson.md", validLesson("Lesson").replace("> It is.", "> It is.\n\nSource: ¶15, ¶16"));

        Course course = loader().load();

        assertThat(warningsOf(course, "01-lesson.md")).containsExactly(
                "14: Source: ¶16 is outside the article (¶1 to ¶15); check the paragraph number");
        assertThat(course.lessons()).hasSize(1);
    }
}
