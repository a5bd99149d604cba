package com.thenandnow.quiz;

import static com.thenandnow.quiz.QuizFixtures.firstRight;
import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.matching;
import static com.thenandnow.quiz.QuizFixtures.multipleChoice;
import static com.thenandnow.quiz.QuizFixtures.number;
import static com.thenandnow.quiz.QuizFixtures.ordering;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.shortAnswer;
import static com.thenandnow.quiz.QuizFixtures.singleChoice;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.trueFalseQuestions;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grading a whole quiz: the mean as a percent, the pass mark, and what each question records. */
class QuizResultTest {

    private static final Lesson EVERY_KIND = lesson("every-kind", List.of(
            singleChoice(1, right("Stalin's only daughter"), wrong("A dancer")),
            multipleChoice(2, right("Nureyev"), right("Baryshnikov"), wrong("Gagarin")),
            trueFalse(3, true),
            shortAnswer(4, "Baryshnikov"),
            number(5, "1967", "1"),
            ordering(6, "Nureyev", "Alliluyeva", "Baryshnikov", "Gordievsky"),
            matching(7, "Nureyev -> treason", "Baryshnikov -> kidnapped")));

    private static QuizResult gradeTrueFalse(int right, int count, int pass) {
        Lesson lesson = lesson("tf", pass, true, List.of(), trueFalseQuestions(count));
        return QuizGrader.grade(lesson, firstRight(right, count));
    }

    @Test
    void quiz_percent_is_the_mean_question_score_times_100() {
        QuizResult result = QuizGrader.grade(EVERY_KIND, Map.of(
                1, new Response.Chosen(Set.of(0)),                    // 1
                2, new Response.Chosen(Set.of(1)),                    // 0.5
                3, new Response.Truth(false),                         // 0
                4, new Response.Typed("baryshnikov."),                // 1
                5, new Response.Figure("1968"),       // 1
                6, new Response.Arranged(List.of(0, 1, 3, 2)),        // 0.5
                7, new Response.Matched(Map.of(0, 0))));              // 0.5

        assertThat(result.questions()).extracting(QuestionResult::score)
                .containsExactly(1.0, 0.5, 0.0, 1.0, 1.0, 0.5, 0.5);
        assertThat(result.percent()).isCloseTo(450.0 / 7, within(1e-9));
        assertThat(result.shownPercent()).isEqualTo(64);
        assertThat(result.rightCount()).isEqualTo(3);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void quiz_records_the_learners_answer_of_each_question_for_review() {
        QuizResult result = QuizGrader.grade(EVERY_KIND, Map.of(
                1, new Response.Chosen(Set.of(1)),
                2, new Response.Chosen(Set.of(0, 2)),
                3, new Response.Truth(true),
                4, new Response.Typed(" Barishnikov "),
                5, new Response.Figure("1960.0"),
                6, new Response.Arranged(List.of(3, 2, 1, 0)),
                7, new Response.Matched(Map.of(0, 1, 1, 0))));

        assertThat(result.questions()).extracting(QuestionResult::answer).containsExactly(
                "A dancer", "Nureyev; Gagarin", "True", "Barishnikov", "1960",
                "Gordievsky → Baryshnikov → Alliluyeva → Nureyev", "Nureyev → kidnapped; Baryshnikov → treason");
    }

    @Test
    void quiz_without_any_response_scores_0_with_every_question_unanswered() {
        QuizResult result = QuizGrader.grade(EVERY_KIND, Map.of());

        assertThat(result.questions()).hasSize(7)
                .allSatisfy(question -> {
                    assertThat(question.verdict()).isEqualTo(Verdict.UNANSWERED);
                    assertThat(question.score()).isZero();
                });
        assertThat(result.percent()).isZero();
        assertThat(result.shownPercent()).isZero();
        assertThat(result.rightCount()).isZero();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void quiz_keeps_questions_in_lesson_order_and_finds_them_by_number() {
        QuizResult result = QuizGrader.grade(EVERY_KIND, Map.of(3, new Response.Truth(true)));

        assertThat(result.questions()).extracting(QuestionResult::questionNumber).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(result.question(3)).hasValueSatisfying(question -> assertThat(question.isRight()).isTrue());
        assertThat(result.question(8)).isEmpty();
    }

    @Test
    void responses_to_questions_the_lesson_does_not_have_are_ignored() {
        QuizResult result = QuizGrader.grade(lesson("tf", trueFalseQuestions(2)),
                Map.of(1, new Response.Truth(true), 9, new Response.Truth(true)));

        assertThat(result.questions()).hasSize(2);
        assertThat(result.percent()).isCloseTo(50, within(1e-9));
    }

    @Test
    void seven_of_ten_right_passes_a_pass_mark_of_70() {
        QuizResult result = gradeTrueFalse(7, 10, 70);

        assertThat(result.passed()).isTrue();
        assertThat(result.shownPercent()).isEqualTo(70);
        assertThat(result.passPercent()).isEqualTo(70);
    }

    @Test
    void two_of_three_right_does_not_pass_a_pass_mark_of_67_and_shows_66() {
        QuizResult result = gradeTrueFalse(2, 3, 67);

        assertThat(result.passed()).isFalse();
        assertThat(result.shownPercent()).isEqualTo(66);
    }

    @Test
    void two_of_three_right_passes_a_pass_mark_of_66() {
        assertThat(gradeTrueFalse(2, 3, 66).passed()).isTrue();
    }

    @Test
    void six_of_ten_right_does_not_pass_a_pass_mark_of_70() {
        assertThat(gradeTrueFalse(6, 10, 70).passed()).isFalse();
    }

    @Test
    void every_whole_percent_reached_exactly_passes_at_that_mark_and_is_shown_as_it() {
        List<String> mismatches = new ArrayList<>();
        for (int count = 1; count <= 20; count++) {
            for (int right = 0; right <= count; right++) {
                if (right * 100 % count != 0) {
                    continue;
                }
                int percent = right * 100 / count;
                QuizResult result = gradeTrueFalse(right, count, percent);
                if (!result.passed() || result.shownPercent() != percent) {
                    mismatches.add(right + " of " + count + ": " + result.percent());
                }
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void a_shown_percent_at_or_above_the_pass_mark_always_passes_and_one_below_never_does() {
        List<String> mismatches = new ArrayList<>();
        for (int count = 1; count <= 20; count++) {
            for (int right = 0; right <= count; right++) {
                double percent = gradeTrueFalse(right, count, 0).percent();
                for (int pass = 0; pass <= 100; pass++) {
                    QuizResult result = new QuizResult(List.of(), percent, pass);
                    if (result.passed() != result.shownPercent() >= pass) {
                        mismatches.add(right + " of " + count + " at pass " + pass);
                    }
                }
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void full_marks_pass_a_pass_mark_of_100_and_nothing_less_does() {
        assertThat(gradeTrueFalse(10, 10, 100).passed()).isTrue();
        assertThat(gradeTrueFalse(9, 10, 100).passed()).isFalse();
    }

    @Test
    void pass_mark_of_0_passes_even_with_nothing_right() {
        assertThat(gradeTrueFalse(0, 4, 0).passed()).isTrue();
    }

    @Test
    void shown_percent_rounds_down() {
        assertThat(new QuizResult(List.of(), 69.9, 70).shownPercent()).isEqualTo(69);
        assertThat(new QuizResult(List.of(), 69.9, 70).passed()).isFalse();
        assertThat(QuizResult.shown(99.5)).isEqualTo(99);
        assertThat(QuizResult.shown(100.0 / 3)).isEqualTo(33);
    }

    @Test
    void percent_a_hair_below_a_whole_number_by_binary_fractions_counts_as_that_number() {
        QuizResult result = new QuizResult(List.of(), 70 - 1e-12, 70);

        assertThat(result.passed()).isTrue();
        assertThat(result.shownPercent()).isEqualTo(70);
    }

    @Test
    void question_result_outside_0_to_1_is_rejected() {
        assertThatThrownBy(() -> new QuestionResult(1, "Q", 1.5, Verdict.RIGHT, "", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionResult(1, "Q", -0.1, Verdict.WRONG, "", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feedback_comes_from_the_parsed_lesson_file() {
        Lesson parsed = QuizFixtures.parsed("""
                ---
                title: Stalin's daughter walks out
                shuffle: false
                ---

                Svetlana Alliluyeva defected in 1967.

                ## Quiz

                ### Who was Svetlana Alliluyeva?
                - (x) Stalin's only daughter
                - ( ) A ballet dancer who stayed in France while on tour
                  > That was Rudolf Nureyev.
                - ( ) A Soviet diplomat

                > Her defection in 1967 was hard for Moscow to explain.

                ### In what year did she defect to the United States?
                Answer: 1967 ± 1

                > In 1967.
                """);
        Question first = parsed.questions().get(0);

        QuestionResult result = QuizGrader.grade(first, new Response.Chosen(Set.of(1)));
        QuizResult quiz = QuizGrader.grade(parsed, Map.of(1, new Response.Chosen(Set.of(1)),
                2, new Response.Figure("1968")));

        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(result.prompt()).isEqualTo("Who was Svetlana Alliluyeva?");
        assertThat(result.feedbackHtml()).singleElement().asString().contains("That was Rudolf Nureyev.");
        assertThat(quiz.percent()).isCloseTo(50, within(1e-9));
        assertThat(quiz.passed()).isFalse();
    }
}
