package com.thenandnow.quiz;

import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.matching;
import static com.thenandnow.quiz.QuizFixtures.ordering;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.singleChoice;
import static com.thenandnow.quiz.QuizFixtures.text;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Retry my mistakes": which questions it asks again, and how its score counts. */
class RetryMistakesTest {

    private static final Question CHOICE = singleChoice(1, right("a"), wrong("b"), wrong("c"));
    private static final Question TRUTH = trueFalse(2, true);
    private static final Question ORDER = ordering(3, "one", "two", "three", "four");
    private static final Question MATCH = matching(4, "x -> a", "y -> b");
    private static final Lesson LESSON = lesson("retry", List.of(CHOICE, TRUTH, ORDER, MATCH));

    /** Question 1 right, 2 wrong, 3 half right, 4 unanswered: 37.5%. */
    private static final Map<Integer, Response> FIRST_ANSWERS = Map.of(
            1, new Response.Chosen(Set.of(0)), 2, new Response.Truth(false), 3, new Response.Arranged(List.of(0, 1, 3, 2)));

    private final Random random = new Random(3);
    private final QuizAttempt first = QuizAttempt.start(LESSON, random);
    private final QuizResult firstResult = QuizGrader.grade(first, FIRST_ANSWERS);

    @Test
    void a_retry_of_mistakes_asks_only_the_questions_not_fully_right() {
        QuizAttempt retry = first.retryMistakes(firstResult, random);

        assertThat(retry.questions()).containsExactly(TRUTH, ORDER, MATCH);
        assertThat(retry.carriedOver()).extracting(QuestionResult::questionNumber).containsExactly(1);
        assertThat(retry.isRetryOfMistakes()).isTrue();
        assertThat(first.isRetryOfMistakes()).isFalse();
    }

    @Test
    void it_is_a_new_reshuffled_attempt_that_names_the_attempt_it_retries() {
        QuizAttempt retry = first.retryMistakes(firstResult, random);

        assertThat(retry.id()).isNotEqualTo(first.id());
        assertThat(retry.seed()).isNotEqualTo(first.seed());
        assertThat(retry.retryOf()).contains(first.id());
    }

    @Test
    void its_score_is_for_the_whole_lesson_with_the_carried_over_questions_counted_right() {
        QuizAttempt retry = first.retryMistakes(firstResult, random);

        QuizResult result = QuizGrader.grade(retry, Map.of(2, new Response.Truth(true),
                3, new Response.Arranged(List.of(0, 1, 2, 3)), 4, new Response.Matched(Map.of(0, 1, 1, 0))));

        assertThat(firstResult.percent()).isCloseTo(37.5, within(1e-9));
        assertThat(result.questions()).hasSize(4);
        assertThat(result.percent()).isCloseTo(75.0, within(1e-9));
        assertThat(result.passed()).isTrue();
        assertThat(result.question(1).orElseThrow().carriedOver()).isTrue();
        assertThat(result.questions().stream().filter(QuestionResult::carriedOver)).hasSize(1);
    }

    @Test
    void a_response_sent_for_a_carried_over_question_changes_nothing() {
        QuizAttempt retry = first.retryMistakes(firstResult, random);

        QuizResult result = QuizGrader.grade(retry, Map.of(1, new Response.Chosen(Set.of(2))));

        assertThat(result.question(1).orElseThrow().isRight()).isTrue();
    }

    @Test
    void with_nothing_right_a_retry_of_mistakes_asks_every_question() {
        QuizResult nothingRight = QuizGrader.grade(first, Map.of());

        assertThat(first.retryMistakes(nothingRight, random).questions()).containsExactlyElementsOf(LESSON.questions());
    }

    @Test
    void a_question_reworded_since_is_asked_again() {
        Question reworded = new Question.TrueFalse(text(1, "Reworded"), true);
        Lesson changed = lesson("retry", List.of(reworded, TRUTH, ORDER, MATCH));

        assertThat(QuizAttempt.carriedFrom(changed, firstResult)).isEmpty();
    }

    @Test
    void an_attempt_resumed_by_its_id_shows_the_same_order_as_when_it_started() {
        QuizAttempt resumed = QuizAttempt.resume(first.id(), LESSON, Optional.empty(), List.of());

        assertThat(resumed).isEqualTo(first);
        assertThat(resumed.itemOrder((Question.Ordering) ORDER)).isEqualTo(first.itemOrder((Question.Ordering) ORDER));
    }

    @Test
    void only_right_results_marked_as_carried_over_can_be_carried_over() {
        QuestionResult wrongOne = firstResult.question(2).orElseThrow();
        QuestionResult rightOne = firstResult.question(1).orElseThrow();

        assertThatThrownBy(wrongOne::carriedOverResult).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuizAttempt.resume(first.id(), LESSON, Optional.empty(), List.of(rightOne)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
