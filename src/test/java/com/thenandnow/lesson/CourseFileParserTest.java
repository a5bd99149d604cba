package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.format;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code _course.md}: the course's title, subtitle, source, article length and welcome text. */
class CourseFileParserTest {

    private final CourseFileParser parser = new CourseFileParser(LessonFixtures.MARKDOWN);
    private final List<Problem> problems = new ArrayList<>();

    private Optional<CourseInfo> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<CourseInfo> parse(byte[] content) {
        return parser.parse(LessonFixtures.source(CourseFileParser.FILE_NAME, content), problems);
    }

    @Test
    void every_key_and_the_welcome_text_are_read() {
        CourseInfo info = parse("""
                ---
                title: "Then & Now"
                subtitle: How the Kremlin dealt with defectors
                source: "Artur Kalandarov, 22 May 2023"
                paragraphs: 15
                ---

                Welcome to **Then & Now**.
                """).orElseThrow();

        assertThat(info.title()).isEqualTo("Then & Now");
        assertThat(info.subtitle()).isEqualTo("How the Kremlin dealt with defectors");
        assertThat(info.source()).isEqualTo("Artur Kalandarov, 22 May 2023");
        assertThat(info.paragraphs()).hasValue(15);
        assertThat(info.welcomeHtml()).isEqualTo("<p>Welcome to <strong>Then &amp; Now</strong>.</p>");
        assertThat(problems).isEmpty();
    }

    @Test
    void a_course_file_without_front_matter_is_all_welcome_text() {
        CourseInfo info = parse("Welcome.\n").orElseThrow();

        assertThat(info.title()).isEqualTo(CourseInfo.UNTITLED.title());
        assertThat(info.subtitle()).isEmpty();
        assertThat(info.paragraphs()).isEmpty();
        assertThat(info.welcomeHtml()).isEqualTo("<p>Welcome.</p>");
    }

    @Test
    void an_unknown_key_is_a_warning_and_the_course_file_still_counts() {
        Optional<CourseInfo> info = parse("---\ntitle: T\nauthor: Someone\n---\n");

        assertThat(info).isPresent();
        assertThat(problems).extracting(Problem::toString).singleElement().asString()
                .startsWith("lessons/_course.md:3: warning: unknown front matter key 'author' is ignored; known keys: "
                        + "title, subtitle, source, paragraphs");
    }

    @Test
    void paragraphs_below_one_is_an_error_at_its_line() {
        Optional<CourseInfo> info = parse("---\ntitle: T\nparagraphs: 0\n---\n");

        assertThat(info).isEmpty();
        assertThat(format(problems)).singleElement().asString().startsWith("3: 'paragraphs' must be 1 or more");
    }

    @Test
    void paragraphs_that_are_not_a_number_is_an_error_at_its_line() {
        assertThat(parse("---\ntitle: T\n\nparagraphs: fifteen\n---\n")).isEmpty();
        assertThat(format(problems)).singleElement().asString()
                .startsWith("4: invalid front matter: 'paragraphs' must be a whole number, not 'fifteen'");
    }

    @Test
    void invalid_front_matter_is_an_error() {
        assertThat(parse("---\ntitle: \"never closed\n---\n")).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.isError()).isTrue());
    }

    @Test
    void a_course_file_that_is_not_utf_8_is_an_error_at_the_line_of_the_bad_byte() {
        assertThat(parse("---\ntitle: T\n---\n\nBienvenue au caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(format(problems)).singleElement().asString().startsWith("5: the file is not valid UTF-8 (byte 0xE9)");
    }

    @Test
    void the_real_course_file_is_read_without_errors() throws IOException {
        Path real = Path.of("lessons", CourseFileParser.FILE_NAME);

        Optional<CourseInfo> info = parse(Files.readAllBytes(real));

        assertThat(format(problems.stream().filter(Problem::isError).toList())).isEmpty();
        assertThat(info).map(CourseInfo::title).hasValueSatisfying(title -> assertThat(title).isNotBlank());
    }
}
