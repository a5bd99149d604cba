package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.ONE_QUESTION_QUIZ;
import static com.thenandnow.lesson.LessonFixtures.errors;
import static com.thenandnow.lesson.LessonFixtures.parse;
import static com.thenandnow.lesson.LessonFixtures.quizWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep one huge or pathological lesson from costing the server seconds of parsing or the
 * memory of a quiz page: each is an error at the line where it is passed. (The file size limit is the
 * loader's: see {@link CourseLoaderTest}.)
 */
class LessonLimitsTest {

    private static String questions(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> "### Question " + n + "?\nAnswer: true\n\n> So.\n")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void a_quiz_of_100_questions_is_read_whole() {
        assertThat(parse(quizWith(questions(LessonParser.MAX_QUESTIONS))).draft().orElseThrow().questions())
                .hasSize(LessonParser.MAX_QUESTIONS);
    }

    @Test
    void the_question_past_the_limit_is_an_error_at_its_heading_and_later_ones_are_not_read() {
        ParsedLesson parsed = parse(quizWith(questions(1_000)));

        assertThat(errors(parsed)).containsExactly("507: this is question 101; a quiz may have at most 100 questions, "
                + "so split the lesson in two");
        assertThat(parsed.draft().orElseThrow().questions()).hasSize(LessonParser.MAX_QUESTIONS);
    }

    @Test
    void an_answer_block_of_more_than_30_options_items_or_pairs_is_an_error_at_its_list() {
        String options = "- (x) right\n" + "- ( ) wrong\n".repeat(AnswerBlocks.MAX_ITEMS);
        String items = IntStream.rangeClosed(1, AnswerBlocks.MAX_ITEMS + 1).mapToObj(n -> n + ". item " + n + "\n")
                .collect(Collectors.joining());
        String pairs = IntStream.rangeClosed(1, AnswerBlocks.MAX_ITEMS + 1).mapToObj(n -> "- " + n + " -> " + n + "\n")
                .collect(Collectors.joining());

        for (String block : new String[] {options, items, pairs}) {
            assertThat(errors(parse(quizWith("### Which?\n" + block + "\n> So.\n")))).as(block).containsExactly(
                    "8: this answer block has 31 options, items or pairs; a question may have at most 30");
        }
    }

    @Test
    void an_answer_block_of_30_options_is_read() {
        String options = "- (x) right\n" + "- ( ) wrong\n".repeat(AnswerBlocks.MAX_ITEMS - 1);

        assertThat(errors(parse(quizWith("### Which?\n" + options + "\n> So.\n")))).isEmpty();
    }

    @Test
    void lists_nested_10_levels_deep_are_read() {
        assertThat(errors(parse(nestedList(Nesting.MAX_DEPTH)))).isEmpty();
    }

    /** From 50 levels CommonMark reads the quiz heading after the list as text: "no '## Quiz' section" misled. */
    @Test
    void lists_nested_deeper_are_one_error_at_the_line_that_goes_too_deep() {
        for (int depth : new int[] {Nesting.MAX_DEPTH + 1, 60, 500}) {
            ParsedLesson parsed = parse(nestedList(depth));

            assertThat(errors(parsed)).as("depth " + depth).containsExactly("15: lists and block quotes are nested "
                    + "more than 10 levels deep here; nest them less, and the rest of the file is checked again");
            assertThat(parsed.draft()).isEmpty();
        }
    }

    @Test
    void quotes_nested_too_deep_on_one_line_are_an_error_at_that_line() {
        ParsedLesson parsed = parse("---\ntitle: T\n---\n\n" + "> ".repeat(1_000) + "Deep.\n" + ONE_QUESTION_QUIZ);

        assertThat(errors(parsed)).singleElement().asString().startsWith("5: lists and block quotes are nested");
    }

    /** A lesson whose body is a list nested {@code depth} levels, from line 5: level n is on line 4 + n. */
    private static String nestedList(int depth) {
        String list = IntStream.range(0, depth).mapToObj(level -> "  ".repeat(level) + "- level " + (level + 1) + "\n")
                .collect(Collectors.joining());
        return "---\ntitle: T\n---\n\n" + list + ONE_QUESTION_QUIZ;
    }
}
