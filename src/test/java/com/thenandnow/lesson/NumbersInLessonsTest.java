package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.ONE_QUESTION_QUIZ;
import static com.thenandnow.lesson.LessonFixtures.format;
import static com.thenandnow.lesson.LessonFixtures.parse;
import static com.thenandnow.lesson.LessonFixtures.quizWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers at and beyond the range of int and long, in every place a lesson file holds one: each is read
 * within the format's limits or is a problem at its line, never an exception ({@code Source: ¶99999999999}
 * once stopped the validator, every later reload and the app's start).
 */
class NumbersInLessonsTest {

    /** The edges of int and long, a step beyond each, far beyond all, and a run of leading zeros. */
    static Stream<String> numbers() {
        return Stream.of("2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296",
                "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                "18446744073709551616", "1" + "0".repeat(40), "9".repeat(100_000), "0".repeat(40) + "7");
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void a_paragraph_number_in_a_source_line_is_read_or_a_warning_at_that_line(String number) {
        ParsedLesson parsed = parse(quizWith("### Q?\nAnswer: true\n\n> E.\n\nSource: ¶" + number + "\n"));

        assertThat(format(parsed.problems())).allSatisfy(problem -> assertThat(problem).startsWith("12: Source: ¶"));
        assertThat(parsed.draft().orElseThrow().questions().get(0).text().sources())
                .allSatisfy(paragraph -> assertThat(paragraph).isBetween(-999_999, 999_999));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void a_whole_number_in_the_front_matter_is_read_or_a_problem_at_its_key(String number) {
        for (String key : List.of("minutes", "pass", "order", "sources")) {
            ParsedLesson parsed = parse("---\ntitle: T\n" + key + ": " + number + "\n---\n" + ONE_QUESTION_QUIZ);

            assertThat(parsed.draft()).as(key).isPresent();
            assertThat(format(parsed.problems())).as(key).allSatisfy(problem -> assertThat(problem)
                    .startsWith("3: ").containsAnyOf("'" + key + "'", key + ": ¶"));
        }
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void the_article_length_in_the_course_file_is_read_or_an_error_at_its_key(String number) {
        List<Problem> problems = new ArrayList<>();
        new CourseFileParser(LessonFixtures.MARKDOWN).parse(LessonFixtures.source(CourseFileParser.FILE_NAME,
                ("---\nparagraphs: " + number + "\n---\n").getBytes(StandardCharsets.UTF_8)), problems);

        assertThat(format(problems)).allSatisfy(problem -> assertThat(problem).startsWith("2: ").contains("'paragraphs'"));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void a_number_answer_or_tolerance_is_read_or_an_error_at_its_line(String number) {
        for (String answer : List.of(number, number + " ± 1", "1 ± " + number, number + " +/- " + number)) {
            ParsedLesson parsed = parse(quizWith("### How many?\nAnswer: " + answer + "\n\n> So.\n"));

            assertThat(LessonFixtures.errors(parsed)).as(answer).allSatisfy(error -> assertThat(error).startsWith("8: "));
            assertThat(parsed.draft().orElseThrow().questions()).as(answer).allSatisfy(question ->
                    assertThat(question).isInstanceOf(Question.NumberAnswer.class));
        }
    }
}
