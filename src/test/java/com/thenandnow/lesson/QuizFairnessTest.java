package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real course's quizzes test what a learner understood, not what the quiz page gives away: no question shows
 * another's answer, right options do not stand out by their length, and a multiple choice never marks most of its
 * options right (ticking everything would then nearly pass).
 */
class QuizFairnessTest {

    /** Answers shorter than this are too common as words ("US" and "us") to look for elsewhere. */
    private static final int SHORTEST_ANSWER_CHARACTERS = 3;
    /** A right option this short is a name or a term, which another question could print. */
    private static final int MOST_WORDS_OF_A_NAME = 3;

    private static List<Lesson> lessons;

    @BeforeAll
    static void loadTheRealCourse() throws Exception {
        lessons = new CourseLoader(Path.of("lessons"), Clock.systemUTC(), new MarkdownRenderer()).load().lessons();
    }

    @Test
    void no_question_shows_the_answer_of_another_question_of_its_quiz() {
        List<String> leaks = lessons.stream().flatMap(lesson -> lesson.questions().stream()
                .flatMap(question -> answersOf(question).flatMap(answer -> lesson.questions().stream()
                        .filter(other -> other != question && shows(other, answer))
                        .map(other -> lesson.fileName() + ": question " + other.text().number() + " shows \"" + answer
                                + "\", the answer of question " + question.text().number()))))
                .toList();
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_right_option_is_the_longest_in_at_most_a_third_of_single_choice_questions() {
        List<Question.SingleChoice> singles = lessons.stream().flatMap(lesson -> lesson.questions().stream())
                .filter(Question.SingleChoice.class::isInstance).map(Question.SingleChoice.class::cast).toList();
        List<String> longest = singles.stream().filter(QuizFairnessTest::rightOptionIsLongest)
                .map(question -> question.text().prompt()).toList();
        assertThat(longest).as("single choice questions whose right option is the longest, of %d", singles.size())
                .hasSizeLessThanOrEqualTo((singles.size() + 2) / 3);
    }

    @Test
    void no_multiple_choice_question_marks_more_than_half_its_options_right() {
        lessons.stream().flatMap(lesson -> lesson.questions().stream())
                .filter(Question.MultipleChoice.class::isInstance).map(Question.MultipleChoice.class::cast)
                .forEach(question -> assertThat(question.rightOptionCount() * 2).as(question.text().prompt())
                        .isLessThanOrEqualTo(question.options().size()));
    }

    /** What a learner could copy from elsewhere in the quiz: typed answers, and right options that are only a name. */
    private static Stream<String> answersOf(Question question) {
        if (question instanceof Question.ShortAnswer shortAnswer) {
            return shortAnswer.variants().stream()
                    .filter(variant -> String.join(" ", ArticleFingerprint.words(variant)).length() >= SHORTEST_ANSWER_CHARACTERS);
        }
        if (question instanceof Question.SingleChoice single) {
            String right = single.options().get(single.rightOption()).text();
            return ArticleFingerprint.words(right).size() <= MOST_WORDS_OF_A_NAME ? Stream.of(right) : Stream.empty();
        }
        return Stream.empty();
    }

    /** Whether the answer's words appear, in order, in what the learner sees of the other question before checking. */
    private static boolean shows(Question other, String answer) {
        List<String> seen = ArticleFingerprint.words(String.join(" ", CourseWording.shownBeforeChecking(other)));
        return Collections.indexOfSubList(seen, ArticleFingerprint.words(answer)) >= 0;
    }

    private static boolean rightOptionIsLongest(Question.SingleChoice question) {
        int length = question.options().get(question.rightOption()).text().length();
        return question.options().stream().filter(option -> !option.correct()).allMatch(option -> option.text().length() < length);
    }
}
