package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.errors;
import static com.thenandnow.lesson.LessonFixtures.parse;
import static com.thenandnow.lesson.LessonFixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Problems of a whole lesson file (front matter, title, id, quiz, encoding), each at its line. */
class LessonProblemsTest {

    @Test
    void invalid_yaml_is_an_error_at_its_line() {
        ParsedLesson parsed = parse("""
                ---
                title: Broken
                summary: [never closed
                ---
                """ + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).anyMatch(error -> error.startsWith("3: invalid front matter: expected ',' or ']'"));
        assertThat(parsed.draft()).isPresent();
    }

    @Test
    void front_matter_that_is_not_key_value_lines_is_an_error() {
        ParsedLesson parsed = parse("---\ntitle: T\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);
        ParsedLesson list = parse("---\n- title\n- summary\n---\n\n# T\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).isEmpty();
        assertThat(errors(list)).singleElement().asString().startsWith("2: invalid front matter: expected 'key: value'");
    }

    @Test
    void front_matter_never_closed_is_an_error_on_the_first_line() {
        ParsedLesson parsed = parse("---\ntitle: Open\n\nSome text.\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).first().asString().startsWith("1: the front matter opened with --- is never closed");
    }

    @Test
    void a_key_set_twice_is_an_error_at_the_second() {
        ParsedLesson parsed = parse("---\ntitle: One\npass: 60\ntitle: Two\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).singleElement().asString().startsWith("4: invalid front matter: 'title' is set twice");
    }

    @Test
    void a_value_of_the_wrong_type_is_an_error_at_its_key() {
        ParsedLesson parsed = parse("---\ntitle: T\nminutes: four\nshuffle: maybe\nrequires: {a: b}\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).containsExactly(
                "3: invalid front matter: 'minutes' must be a whole number, not 'four'",
                "4: invalid front matter: 'shuffle' must be true or false, not 'maybe'",
                "5: invalid front matter: 'requires' must be a list, such as [a, b]");
    }

    @Test
    void a_whole_number_of_more_than_6_digits_is_an_error_that_says_so() {
        ParsedLesson parsed = parse("---\ntitle: T\norder: 2147483648\nminutes: " + "9".repeat(100_000) + "\n---\n"
                + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).containsExactly(
                "3: invalid front matter: 'order' has too many digits; use a whole number of at most 6 digits",
                "4: invalid front matter: 'minutes' has too many digits; use a whole number of at most 6 digits");
    }

    @Test
    void a_lesson_without_a_title_is_an_error() {
        ParsedLesson parsed = parse("---\nsummary: No title here.\n---\n\nJust text.\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).singleElement().asString().startsWith("1: the lesson has no title");
    }

    @Test
    void an_invalid_id_is_an_error_at_the_id_key() {
        ParsedLesson parsed = parse("---\ntitle: T\npass: 70\nid: Stalins_Daughter\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).singleElement().asString().startsWith("4: invalid id 'Stalins_Daughter'");
    }

    @Test
    void an_invalid_id_from_the_file_name_is_an_error_on_the_first_line() {
        ParsedLesson parsed = parse("02-Stalins Daughter.md", "---\ntitle: T\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).singleElement().asString().startsWith("1: invalid id 'Stalins Daughter'");
    }

    @Test
    void pass_outside_0_to_100_is_an_error_at_its_key() {
        ParsedLesson over = parse("---\ntitle: T\npass: 120\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);
        ParsedLesson under = parse("---\ntitle: T\nsummary: S\npass: -1\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(over)).singleElement().asString().startsWith("3: 'pass' is 120, outside 0–100");
        assertThat(errors(under)).singleElement().asString().startsWith("4: 'pass' is -1, outside 0–100");
        assertThat(errors(parse("---\ntitle: T\npass: 0\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ))).isEmpty();
        assertThat(errors(parse("---\ntitle: T\npass: 100\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ))).isEmpty();
    }

    @Test
    void minutes_below_one_is_an_error_at_its_key() {
        ParsedLesson parsed = parse("---\ntitle: T\nminutes: 0\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).singleElement().asString().startsWith("3: invalid front matter: 'minutes' must be 1 or more");
    }

    @Test
    void a_lesson_without_a_quiz_section_is_an_error() {
        ParsedLesson parsed = parse("---\ntitle: T\n---\n\nText only.\n\n## Questions\n\n### Is it?\nAnswer: true\n");

        assertThat(errors(parsed)).singleElement().asString().startsWith("1: the lesson has no '## Quiz' section");
    }

    @Test
    void a_quiz_without_a_question_is_an_error_at_the_quiz_heading() {
        ParsedLesson parsed = parse("---\ntitle: T\n---\n\nText.\n\n## Quiz\n\nNothing to ask.\n");

        assertThat(errors(parsed)).singleElement().asString().startsWith("7: the quiz has no question");
    }

    @Test
    void a_file_that_is_not_utf_8_is_an_error_at_the_line_of_the_bad_byte() {
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\n\nNa\u00efve text.\n".getBytes(StandardCharsets.ISO_8859_1);
        ParsedLesson parsed = new LessonParser(LessonFixtures.MARKDOWN)
                .parse(LessonFixtures.source("01-latin.md", latin1), ParseContext.STANDALONE);

        assertThat(errors(parsed)).containsExactly("2: the file is not valid UTF-8 (byte 0xE9); save it with UTF-8 encoding");
        assertThat(parsed.draft()).isEmpty();
    }

    @Test
    void an_unknown_front_matter_key_is_a_warning_at_its_line() {
        ParsedLesson parsed = parse("---\ntitle: T\ncolour: red\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).isEmpty();
        assertThat(warnings(parsed)).singleElement().asString().startsWith("3: unknown front matter key 'colour' is ignored");
    }

    @Test
    void an_image_without_alt_text_is_a_warning_at_its_line() {
        ParsedLesson parsed = parse("---\ntitle: T\n---\n\nA map:\n\n![](images/map.png)\n\n![Map](images/map.png)\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(warnings(parsed)).singleElement().asString().startsWith("7: the image 'images/map.png' has no alt text");
    }

    @Test
    void an_image_whose_file_is_missing_is_a_warning_at_its_line() {
        ParseContext onlyMapExists = new ParseContext(OptionalInt.empty(), "images/map.png"::equals);
        ParsedLesson parsed = parse(LessonFixtures.FILE_NAME,
                "---\ntitle: T\n---\n\n![Map](images/map.png)\n\n![Photo](images/photo.jpg)\n\n![Web](https://example.org/x.png)\n"
                        + LessonFixtures.ONE_QUESTION_QUIZ, onlyMapExists);

        assertThat(warnings(parsed)).singleElement().asString().startsWith("7: the image file 'images/photo.jpg' is missing");
    }

    @Test
    void a_source_outside_the_article_is_a_warning_when_the_paragraphs_are_known() {
        String text = "---\ntitle: T\nsources: [2, 16]\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ.replace("> It is.", "> It is.\n\nSource: ¶15, ¶16");
        ParseContext fifteenParagraphs = new ParseContext(OptionalInt.of(15), asset -> true);

        assertThat(warnings(parse(LessonFixtures.FILE_NAME, text, fifteenParagraphs))).containsExactly(
                "3: sources: ¶16 is outside the article (¶1 to ¶15)",
                "13: Source: ¶16 is outside the article (¶1 to ¶15); check the paragraph number");
        assertThat(warnings(parse(text))).isEmpty();
    }

    @Test
    void problems_come_sorted_by_line() {
        ParsedLesson parsed = parse("---\ncolour: red\npass: 200\n---\n\n![](x.png)\n\n## Quiz\n\n### Q\nAnswer:\n");

        assertThat(parsed.problems()).extracting(Problem::line).isSorted();
        assertThat(parsed.problems()).extracting(Problem::path).containsOnly("lessons/01-fixture.md");
    }
}
