package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.onlyQuestion;
import static com.thenandnow.lesson.LessonFixtures.parse;
import static com.thenandnow.lesson.LessonFixtures.quizWith;
import static com.thenandnow.lesson.LessonFixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What surrounds the answer block: details, hint, explanation and source, however they are spaced. */
class QuestionPartsTest {

    @Test
    void every_part_of_a_question_is_read() {
        QuestionText text = onlyQuestion("""
                ### In what year did *she* defect?

                She left from New Delhi.

                | Event | Year |
                |---|---|
                | First man in space | 1961 |

                Hint: The same decade as the first man in space.

                Answer: 1967

                > Her defection in **1967** shocked Moscow.

                Source: ¶6, ¶7
                """).text();

        assertThat(text.prompt()).isEqualTo("In what year did she defect?");
        assertThat(text.detailsHtml()).contains("<p>She left from New Delhi.</p>", "<table>", "<td>1961</td>");
        assertThat(text.hint()).isEqualTo("The same decade as the first man in space.");
        assertThat(text.explanationHtml()).isEqualTo("<p>Her defection in <strong>1967</strong> shocked Moscow.</p>");
        assertThat(text.sources()).containsExactly(6, 7);
    }

    @Test
    void a_question_with_only_an_answer_block_has_empty_parts() {
        QuestionText text = onlyQuestion("### When?\nAnswer: 1967\n").text();

        assertThat(text.detailsHtml()).isEmpty();
        assertThat(text.hasHint()).isFalse();
        assertThat(text.hasExplanation()).isFalse();
        assertThat(text.sources()).isEmpty();
    }

    @Test
    void hint_answer_and_source_are_found_in_consecutive_lines() {
        Question question = onlyQuestion("""
                ### In what year did she defect?
                She left from New Delhi.
                Hint: The same decade as
                the first man in space.
                Answer: 1967 ± 1
                Source: ¶6
                """);

        assertThat(question).isInstanceOf(Question.NumberAnswer.class);
        assertThat(question.text().detailsHtml()).isEqualTo("<p>She left from New Delhi.</p>");
        assertThat(question.text().hint()).isEqualTo("The same decade as the first man in space.");
        assertThat(question.text().sources()).containsExactly(6);
    }

    @Test
    void directives_are_found_in_any_case() {
        Question question = onlyQuestion("### When?\nHINT: sixties\nanswer: 1967\n\n> Yes.\n\nsource: ¶6\n");

        assertThat(question.text().hint()).isEqualTo("sixties");
        assertThat(question.text().sources()).containsExactly(6);
    }

    @Test
    void a_source_line_right_under_the_explanation_is_not_part_of_it() {
        Question question = onlyQuestion("""
                ### Who was she?
                - (x) Stalin's daughter
                - ( ) A dancer

                > Stalin's only daughter.
                Source: ¶6
                """);

        assertThat(question.text().explanationHtml()).isEqualTo("<p>Stalin's only daughter.</p>");
        assertThat(question.text().sources()).containsExactly(6);
    }

    @Test
    void an_answer_line_right_under_a_quote_in_the_prompt_is_the_answer_block() {
        Question question = onlyQuestion("""
                ### Does the author say this?
                > "There are powerful people in Russia who want to get out."
                Answer: true
                > It is the article's first sentence.
                Source: ¶1
                """);

        assertThat(question).isInstanceOf(Question.TrueFalse.class);
        assertThat(question.text().detailsHtml()).startsWith("<blockquote>").contains("powerful people");
        assertThat(question.text().explanationHtml()).isEqualTo("<p>It is the article's first sentence.</p>");
        assertThat(question.text().sources()).containsExactly(1);
    }

    @Test
    void a_quoted_source_line_stays_in_the_explanation() {
        QuestionText text = onlyQuestion("### When?\nAnswer: 1967\n\n> In 1967.\n>\n> Source: the article\n").text();

        assertThat(text.explanationHtml()).contains("Source: the article");
        assertThat(text.sources()).isEmpty();
    }

    @Test
    void a_plain_list_and_a_quote_before_the_answer_add_to_the_prompt() {
        QuestionText text = onlyQuestion("""
                ### Which came first?
                > As the article puts it.

                - Nureyev stayed in Paris
                - Baryshnikov stayed in Toronto

                Answer: Nureyev

                > 1961 before 1974.
                """).text();

        assertThat(text.detailsHtml()).contains("<blockquote>", "<li>Nureyev stayed in Paris</li>");
        assertThat(text.explanationHtml()).isEqualTo("<p>1961 before 1974.</p>");
    }

    @Test
    void an_image_in_the_prompt_is_shown_from_the_lessons_folder() {
        QuestionText text = onlyQuestion("### Where?\n\n![Map of Central Asia](images/central-asia.png)\n\nAnswer: Kazakhstan\n").text();

        assertThat(text.detailsHtml()).contains("src=\"/lesson-files/images/central-asia.png\"", "alt=\"Map of Central Asia\"");
    }

    @Test
    void text_after_the_answer_block_is_reported_and_not_shown() {
        ParsedLesson parsed = parse(quizWith("""
                ### When?
                Answer: 1967

                This sentence is lost.

                > In 1967.
                """));

        assertThat(warnings(parsed)).singleElement().asString().startsWith("10: text after the answer block is not shown");
        assertThat(parsed.draft().orElseThrow().questions().get(0).text().detailsHtml()).isEmpty();
    }

    @Test
    void text_between_the_quiz_heading_and_the_first_question_is_reported() {
        ParsedLesson parsed = parse("""
                ---
                title: Stray
                ---

                ## Quiz

                Answer these.

                ### When?
                Answer: 1967

                > 1967.
                """);

        assertThat(warnings(parsed)).singleElement().asString().startsWith("7: text between '## Quiz' and the first question");
    }
}
