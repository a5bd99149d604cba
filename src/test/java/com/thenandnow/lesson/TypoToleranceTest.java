package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.errors;
import static com.thenandnow.lesson.LessonFixtures.parse;
import static com.thenandnow.lesson.LessonFixtures.quizWith;
import static com.thenandnow.lesson.LessonFixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a short answer forgives one typo: yes unless {@code _course.md} says {@code typos: no}, and a question's
 * {@code Typos: yes|no} line says otherwise for that question; a wrong value is an error at its line.
 */
class TypoToleranceTest {

    private static final String DANCER = "### Who defected in 1974?\nAnswer: Baryshnikov\n";

    private static Question.ShortAnswer question(ParsedLesson parsed) {
        assertThat(errors(parsed)).isEmpty();
        return (Question.ShortAnswer) parsed.draft().orElseThrow().questions().get(0);
    }

    private static ParsedLesson parseWithCourseDefault(String questions, boolean typosForgiven) {
        return parse(LessonFixtures.FILE_NAME, quizWith(questions), new ParseContext(OptionalInt.empty(), asset -> true, typosForgiven));
    }

    @Test
    void a_short_answer_forgives_a_typo_unless_told_otherwise() {
        assertThat(question(parse(quizWith(DANCER))).typosForgiven()).isTrue();
    }

    @Test
    void a_question_says_typos_no_or_yes_whatever_the_course_default() {
        assertThat(question(parseWithCourseDefault(DANCER + "Typos: no\n", true)).typosForgiven()).isFalse();
        assertThat(question(parseWithCourseDefault(DANCER + "typos: YES\n", false)).typosForgiven()).isTrue();
        assertThat(question(parseWithCourseDefault("### Who?\nTypos: off\n\nAnswer: Nureyev\n", true)).typosForgiven()).isFalse();
    }

    @Test
    void the_course_default_applies_to_questions_that_say_nothing() {
        assertThat(question(parseWithCourseDefault(DANCER, false)).typosForgiven()).isFalse();
    }

    @Test
    void a_typos_value_that_is_neither_yes_nor_no_is_an_error_at_its_line() {
        assertThat(errors(parse(quizWith(DANCER + "Typos: maybe\n")))).containsExactly("9: 'Typos: maybe' must be yes or no: "
                + "yes forgives one typo in answers of 6 letters or more, no asks for the exact spelling");
    }

    @Test
    void typos_given_twice_is_an_error_at_the_second() {
        assertThat(errors(parse(quizWith(DANCER + "Typos: no\nTypos: yes\n"))))
                .containsExactly("10: 'Typos:' is given twice (also on line 9); keep one");
    }

    @Test
    void typos_on_a_question_that_is_no_short_answer_is_a_warning_and_ignored() {
        ParsedLesson parsed = parse(quizWith("### When?\nAnswer: 1967\nTypos: no\n\n> In 1967.\n"));

        assertThat(errors(parsed)).isEmpty();
        assertThat(warnings(parsed)).containsExactly(
                "9: 'Typos:' applies only to short answers (an 'Answer:' with words); it is ignored here");
    }

    @Test
    void the_course_file_sets_the_default_for_every_lesson(@TempDir Path folder) throws Exception {
        LessonFixtures.write(folder, CourseFileParser.FILE_NAME, "---\ntitle: T\ntypos: no\n---\n");
        LessonFixtures.write(folder, "01-dancers.md", quizWith(DANCER + "\n> Yes.\n"));

        Course course = new CourseLoader(folder, Clock.systemUTC(), LessonFixtures.MARKDOWN).load();

        assertThat(course.info().typosForgiven()).isFalse();
        assertThat(((Question.ShortAnswer) course.lessons().get(0).questions().get(0)).typosForgiven()).isFalse();
        assertThat(course.problems()).isEmpty();
    }

    @Test
    void a_typos_value_in_the_course_file_that_is_no_truth_value_is_an_error_at_its_line() {
        List<Problem> problems = new ArrayList<>();
        new CourseFileParser(LessonFixtures.MARKDOWN).parse(LessonFixtures.source(CourseFileParser.FILE_NAME,
                "---\ntitle: T\ntypos: sometimes\n---\n".getBytes(StandardCharsets.UTF_8)), problems);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "lessons/_course.md:3: error: invalid front matter: 'typos' must be true or false, not 'sometimes'");
    }
}
