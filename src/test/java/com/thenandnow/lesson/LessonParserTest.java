package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.errors;
import static com.thenandnow.lesson.LessonFixtures.lesson;
import static com.thenandnow.lesson.LessonFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The lesson around the quiz: front matter, defaults, title, id and order, body. */
class LessonParserTest {

    @Test
    void every_front_matter_key_is_read() {
        Lesson lesson = lesson("""
                ---
                title: "Stalin's daughter walks out"
                summary: Why one defection embarrassed the Kremlin.
                minutes: 4
                pass: 80
                sources: [6, 7]
                requires: [why-defections-mattered, the-dancers]
                shuffle: false
                order: 12
                id: svetlana
                ---

                Body.
                """ + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.title()).isEqualTo("Stalin's daughter walks out");
        assertThat(lesson.summary()).isEqualTo("Why one defection embarrassed the Kremlin.");
        assertThat(lesson.minutes()).isEqualTo(4);
        assertThat(lesson.passPercent()).isEqualTo(80);
        assertThat(lesson.sources()).containsExactly(6, 7);
        assertThat(lesson.requires()).containsExactly("why-defections-mattered", "the-dancers");
        assertThat(lesson.shuffle()).isFalse();
        assertThat(lesson.order()).isEqualTo(12);
        assertThat(lesson.id()).isEqualTo("svetlana");
    }

    @Test
    void optional_keys_have_their_defaults() {
        Lesson lesson = lesson("""
                ---
                title: Defaults
                ---

                The first paragraph is the summary.

                The second is not.
                """ + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.passPercent()).isEqualTo(70);
        assertThat(lesson.shuffle()).isTrue();
        assertThat(lesson.sources()).isEmpty();
        assertThat(lesson.requires()).isEmpty();
        assertThat(lesson.summary()).isEqualTo("The first paragraph is the summary.");
        assertThat(lesson.minutes()).isEqualTo(1);
    }

    @Test
    void a_single_value_is_read_as_a_list_of_one() {
        Lesson lesson = lesson("---\ntitle: One\nsources: 5\nrequires: intro\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.sources()).containsExactly(5);
        assertThat(lesson.requires()).containsExactly("intro");
    }

    @Test
    void a_summary_taken_from_the_body_shows_the_words_of_a_link_not_its_address() {
        Lesson lesson = lesson("# Links\n\nRead [the article](https://example.org/defectors) first.\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.summary()).isEqualTo("Read the article first.");
    }

    @Test
    void a_long_first_paragraph_is_cut_at_a_word_for_the_summary() {
        Lesson lesson = lesson("# Long\n\n" + "defection ".repeat(30) + "\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.summary()).hasSizeLessThanOrEqualTo(161).endsWith("defection…");
    }

    @Test
    void minutes_are_computed_from_about_200_words_a_minute() {
        String words = "word ".repeat(401);
        Lesson lesson = lesson("---\ntitle: Long\n---\n\n" + words + "\n\n## More\n\n" + "more ".repeat(99) + "\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.minutes()).as("501 words, rounded up").isEqualTo(3);
    }

    @Test
    void the_quiz_does_not_count_towards_the_reading_time() {
        Lesson lesson = lesson("---\ntitle: Short\n---\n\nTen words are all this lesson has to say, really.\n"
                + LessonFixtures.ONE_QUESTION_QUIZ.replace("Is this a test?", "word ".repeat(300)));

        assertThat(lesson.minutes()).isEqualTo(1);
    }

    @Test
    void the_first_level_one_heading_is_the_title_and_leaves_the_body() {
        Lesson lesson = lesson("""
                # The dancers who stayed

                Rudolf Nureyev stayed in France in 1961.
                """ + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.title()).isEqualTo("The dancers who stayed");
        assertThat(lesson.bodyHtml()).doesNotContain("<h1>").contains("Rudolf Nureyev stayed in France in 1961.");
    }

    @Test
    void a_front_matter_title_wins_over_the_heading_which_then_stays() {
        Lesson lesson = lesson("---\ntitle: From the front matter\n---\n\n# From the heading\n\nText.\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.title()).isEqualTo("From the front matter");
        assertThat(lesson.bodyHtml()).contains("<h1>From the heading</h1>");
    }

    @Test
    void the_file_name_gives_order_and_id() {
        Lesson lesson = parse("03-dancers-who-left.md", "# Dancers\n" + LessonFixtures.ONE_QUESTION_QUIZ).draft().orElseThrow();

        assertThat(lesson.order()).isEqualTo(3);
        assertThat(lesson.id()).isEqualTo("dancers-who-left");
        assertThat(lesson.fileName()).isEqualTo("03-dancers-who-left.md");
    }

    @Test
    void front_matter_order_and_id_override_the_file_name() {
        ParsedLesson parsed = parse("03-dancers-who-left.md", "---\ntitle: D\norder: 7\nid: dancers\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(parsed.draft().orElseThrow().order()).isEqualTo(7);
        assertThat(parsed.draft().orElseThrow().id()).isEqualTo("dancers");
        assertThat(parsed.idLine()).isEqualTo(4);
    }

    @Test
    void a_file_name_without_a_number_is_the_id_and_comes_last() {
        Lesson lesson = parse("epilogue.md", "# Epilogue\n" + LessonFixtures.ONE_QUESTION_QUIZ).draft().orElseThrow();

        assertThat(lesson.id()).isEqualTo("epilogue");
        assertThat(lesson.order()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void a_file_name_with_a_huge_number_is_a_problem_not_a_crash() {
        ParsedLesson parsed = parse("99999999999-huge.md", "# Huge\n" + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(parsed.draft()).isPresent();
        assertThat(parsed.draft().orElseThrow().order()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void the_body_is_the_rendered_text_before_the_quiz() {
        Lesson lesson = lesson("""
                ---
                title: Body
                ---

                Moscow **attacked** her as a traitor.

                | Then | Now |
                |---|---|
                | 1967 | 2023 |
                """ + LessonFixtures.ONE_QUESTION_QUIZ);

        assertThat(lesson.bodyHtml()).contains("<strong>attacked</strong>", "<table>", "<td>1967</td>")
                .doesNotContain("Quiz", "Is this a test?");
        assertThat(lesson.questions()).hasSize(1);
    }

    @Test
    void the_quiz_heading_is_found_in_any_case() {
        Lesson lesson = lesson("---\ntitle: Case\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ.replace("## Quiz", "## QUIZ"));

        assertThat(lesson.questions()).hasSize(1);
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_are_read() {
        String text = "\uFEFF---\r\ntitle: Windows\r\npass: 90\r\n---\r\n" + LessonFixtures.ONE_QUESTION_QUIZ.replace("\n", "\r\n");
        ParsedLesson parsed = new LessonParser(LessonFixtures.MARKDOWN).parse(
                LessonFixtures.source("01-windows.md", text.getBytes(StandardCharsets.UTF_8)), ParseContext.STANDALONE);

        assertThat(errors(parsed)).isEmpty();
        assertThat(parsed.draft().orElseThrow().passPercent()).isEqualTo(90);
        assertThat(parsed.draft().orElseThrow().questions().get(0).text().line()).isEqualTo(8);
    }

    @Test
    void the_version_changes_with_the_content() {
        String text = "---\ntitle: V\n---\n" + LessonFixtures.ONE_QUESTION_QUIZ;

        assertThat(lesson(text).version()).isEqualTo(lesson(text).version());
        assertThat(lesson(text).version()).isNotEqualTo(lesson(text + "\nMore.\n").version());
    }

    @Test
    void a_problem_prints_as_path_line_severity_message() {
        Problem problem = new Problem("lessons/02-stalins-daughter.md", 12, Severity.ERROR, "no answer");

        assertThat(problem).hasToString("lessons/02-stalins-daughter.md:12: error: no answer");
        assertThat(new Problem("a.md", 3, Severity.WARNING, "hm")).hasToString("a.md:3: warning: hm");
    }
}
