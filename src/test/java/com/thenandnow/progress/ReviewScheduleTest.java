package com.thenandnow.progress;

import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.multipleChoice;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.text;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.MovableClock;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.CourseInfo;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The review queue on its Leitner schedule, with a clock the test moves: due, not due, promotion, demotion, removal. */
class ReviewScheduleTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();
    private static final Duration DAY = Duration.ofDays(1);

    /** 1 and 2 true/false ("true"), 3 multiple choice with a and b right. */
    private static final Lesson FACTS = lesson("facts", List.of(trueFalse(1, true), trueFalse(2, true),
            multipleChoice(3, right("a"), right("b"), wrong("c"))));

    private final MovableClock clock = MovableClock.at(T0);
    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final ProgressRecorder recorder = new ProgressRecorder(store, clock, new ProgressProperties(20),
            new SimpleMeterRegistry());
    private final CourseStanding standing = new CourseStanding(store, clock);

    private static Course course(Lesson... lessons) {
        return new Course(CourseInfo.UNTITLED, List.of(lessons), List.of(), Instant.EPOCH, Optional.empty());
    }

    /** Question 1 wrong, 2 right, 3 partly right. */
    private void missOneAndThree(Lesson lesson) {
        recorder.submit(ANN, new QuizAttempt(UUID.randomUUID(), lesson, 1), Map.of(1, new Response.Truth(false),
                2, new Response.Truth(true), 3, new Response.Chosen(Set.of(0))));
    }

    private ReviewQueue queue() {
        return standing.review(ANN, course(FACTS));
    }

    private ReviewQuestion question(int number) {
        return queue().questions().stream().filter(q -> q.number() == number).findFirst().orElseThrow();
    }

    private void answer(int number, boolean right) {
        recorder.answerReview(ANN, question(number), new Response.Truth(right));
    }

    private static List<Integer> numbers(List<ReviewQuestion> questions) {
        return questions.stream().map(ReviewQuestion::number).toList();
    }

    @Test
    void questions_wrong_or_partly_right_in_a_quiz_enter_the_queue_and_are_due_the_next_day_not_before() {
        missOneAndThree(FACTS);

        assertThat(numbers(queue().toMaster())).containsExactly(1, 3);
        assertThat(question(3).card().lastVerdict()).isEqualTo(Verdict.PARTLY_RIGHT);
        assertThat(question(3).card().lastAnswer()).isEqualTo("a");
        assertThat(queue().dueCount()).isZero();
        assertThat(queue().nextDue()).contains(T0.plus(DAY));

        clock.advance(DAY.minusSeconds(1));
        assertThat(queue().dueCount()).isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(numbers(queue().due())).containsExactly(1, 3);
    }

    @Test
    void right_answers_when_due_move_a_question_through_the_boxes_1_3_7_and_21_days_apart_then_master_it() {
        missOneAndThree(FACTS);

        for (int days : List.of(1, 3, 7, 21)) {
            clock.advance(Duration.ofDays(days).minusSeconds(1));
            assertThat(numbers(queue().due())).as("day %d minus a second", days).doesNotContain(1);
            clock.advance(Duration.ofSeconds(1));
            assertThat(numbers(queue().due())).as("day %d", days).contains(1);
            answer(1, true);
        }

        assertThat(question(1).card().isMastered()).isTrue();
        assertThat(question(1).card().reviewAnswers()).isEqualTo(4);
        assertThat(numbers(queue().toMaster())).containsExactly(3);
        clock.advance(Duration.ofDays(365));
        assertThat(numbers(queue().due())).containsExactly(3);
    }

    @Test
    void a_wrong_answer_in_review_sends_a_question_back_to_box_1_due_the_next_day() {
        missOneAndThree(FACTS);
        clock.advance(DAY);
        answer(1, true);
        clock.advance(Duration.ofDays(3));
        assertThat(question(1).card().box()).isEqualTo(2);

        answer(1, false);

        assertThat(question(1).card().box()).isEqualTo(1);
        assertThat(question(1).card().dueAt()).isEqualTo(clock.instant().plus(DAY));
        assertThat(question(1).card().lastAnswer()).isEqualTo("False");
        assertThat(queue().dueCount()).isEqualTo(1);
    }

    @Test
    void a_wrong_answer_in_box_1_brings_it_back_a_day_after_that_answer() {
        missOneAndThree(FACTS);
        clock.advance(Duration.ofDays(2));

        answer(1, false);

        assertThat(question(1).card().dueAt()).isEqualTo(clock.instant().plus(DAY));
        assertThat(numbers(queue().due())).containsExactly(3);
    }

    @Test
    void a_right_answer_before_its_day_moves_nothing_and_a_wrong_one_starts_it_over() {
        missOneAndThree(FACTS);
        clock.advance(DAY);
        answer(1, true);
        Instant due = question(1).card().dueAt();

        clock.advance(DAY);
        answer(1, true);
        assertThat(question(1).card().box()).isEqualTo(2);
        assertThat(question(1).card().dueAt()).isEqualTo(due);

        answer(1, false);
        assertThat(question(1).card().box()).isEqualTo(1);
    }

    @Test
    void missing_a_question_again_in_a_quiz_starts_it_over_and_a_right_quiz_answer_keeps_its_place() {
        missOneAndThree(FACTS);
        clock.advance(DAY);
        answer(1, true);
        recorder.answerReview(ANN, question(3), new Response.Chosen(Set.of(0, 1)));

        recorder.submit(ANN, new QuizAttempt(UUID.randomUUID(), FACTS, 1), Map.of(1, new Response.Truth(false),
                3, new Response.Chosen(Set.of(0, 1))));

        assertThat(question(1).card().box()).isEqualTo(1);
        assertThat(question(3).card().box()).isEqualTo(2);
        assertThat(question(3).card().lastVerdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void the_same_review_answer_applied_twice_counts_once() {
        missOneAndThree(FACTS);
        clock.advance(DAY);
        ProgressChange answer = new ProgressChange.AnswerReview(UUID.randomUUID(), "facts", "True or false 1", Verdict.RIGHT,
                "True", clock.instant());

        LearnerProgress once = store.update(ANN, answer);
        LearnerProgress twice = store.update(ANN, answer);

        assertThat(twice).isEqualTo(once);
        assertThat(question(1).card().box()).isEqualTo(2);
        assertThat(question(1).card().reviewAnswers()).isEqualTo(1);
    }

    @Test
    void a_question_reworded_or_removed_leaves_the_queue_at_once_and_its_card_at_the_next_check() {
        missOneAndThree(FACTS);
        Lesson changed = lesson("facts", List.of(new Question.TrueFalse(text(1, "Reworded 1"), true),
                multipleChoice(2, right("a"), right("b"), wrong("c"))));
        clock.advance(DAY);

        assertThat(numbers(standing.review(ANN, course(changed)).due())).isEmpty();
        assertThat(standing.review(ANN, course()).questions()).isEmpty();

        recorder.submit(ANN, new QuizAttempt(UUID.randomUUID(), changed, 1), Map.of(1, new Response.Truth(true),
                2, new Response.Chosen(Set.of(0, 1))));
        assertThat(store.progress(ANN).lesson("facts").review()).isEmpty();
    }

    @Test
    void a_question_moved_in_its_lesson_keeps_its_card_under_its_new_number() {
        missOneAndThree(FACTS);
        Lesson moved = lesson("facts", List.of(multipleChoice(1, right("a"), right("b"), wrong("c")),
                new Question.TrueFalse(text(2, "True or false 1"), true)));
        clock.advance(DAY);

        ReviewQueue queue = standing.review(ANN, course(moved));

        assertThat(numbers(queue.due())).containsExactly(2);
        assertThat(queue.due().get(0).card().prompt()).isEqualTo("True or false 1");
    }

    @Test
    void an_answer_to_a_question_no_longer_in_the_queue_changes_nothing() {
        missOneAndThree(FACTS);
        LearnerProgress before = store.progress(ANN);

        LearnerProgress after = store.update(ANN, new ProgressChange.AnswerReview(UUID.randomUUID(), "facts",
                "True or false 2", Verdict.WRONG, "False", T0.plus(DAY)));

        assertThat(after).isEqualTo(before);
    }

    @Test
    void a_session_asks_a_chosen_question_first_then_the_most_overdue_and_at_most_ten() {
        List<Question> many = IntStream.rangeClosed(1, 14).<Question>mapToObj(n -> trueFalse(n, true)).toList();
        Lesson big = lesson("big", many);
        Course course = course(big);
        recorder.submit(ANN, new QuizAttempt(UUID.randomUUID(), big, 1), Map.of());
        clock.advance(Duration.ofDays(2));
        recorder.answerReview(ANN, standing.review(ANN, course).find("big", 14).orElseThrow(), new Response.Truth(false));
        clock.advance(DAY);
        ReviewQueue queue = standing.review(ANN, course);

        assertThat(queue.dueCount()).isEqualTo(14);
        assertThat(numbers(queue.session(Optional.empty()))).hasSize(ReviewQueue.SESSION_SIZE).doesNotContain(14)
                .startsWith(1, 2);
        assertThat(numbers(queue.session(queue.find("big", 14)))).hasSize(ReviewQueue.SESSION_SIZE).startsWith(14, 1);
    }
}
