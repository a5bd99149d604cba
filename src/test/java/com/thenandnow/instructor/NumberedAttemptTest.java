package com.thenandnow.instructor;

import static com.thenandnow.instructor.InstructorFixtures.option;
import static com.thenandnow.instructor.InstructorFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.quiz.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberedAttemptTest {

    private final Lesson lesson = InstructorFixtures.daughter();
    private final LearnerId anna = LearnerId.random();

    private List<NumberedAttempt> kept(InstructorFixtures.Recording store) {
        return NumberedAttempt.of(store.store().progress(anna).lesson(lesson.id()));
    }

    @Test
    void attempts_are_numbered_from_one_oldest_first() {
        InstructorFixtures.Recording store = InstructorFixtures.store();
        Attempt first = store.attempt(anna, lesson, 1, Map.of(1, option(1)));
        Attempt second = store.attempt(anna, lesson, 2, Map.of(1, option(0)));
        assertThat(kept(store)).containsExactly(new NumberedAttempt(1, first), new NumberedAttempt(2, second));
    }

    @Test
    void after_trimming_the_recent_attempts_keep_their_true_numbers() {
        InstructorFixtures.Recording keepingTwo = InstructorFixtures.keeping(2);
        List<Attempt> attempts = List.of(1, 2, 3, 4, 5).stream()
                .map(minute -> keepingTwo.attempt(anna, lesson, minute, Map.of(1, option(minute % 3)))).toList();
        assertThat(kept(keepingTwo)).extracting(NumberedAttempt::number, NumberedAttempt::attempt)
                .containsExactly(tuple(1, attempts.get(0)), tuple(4, attempts.get(3)), tuple(5, attempts.get(4)));
    }

    @Test
    void an_attempt_both_first_and_recent_is_listed_once() {
        InstructorFixtures.Recording keepingOne = InstructorFixtures.keeping(1);
        keepingOne.attempt(anna, lesson, 1, Map.of(1, option(1)));
        assertThat(kept(keepingOne)).extracting(NumberedAttempt::number).containsExactly(1);
    }

    @Test
    void answers_read_as_given_with_verdict_and_score_by_question_number() {
        InstructorFixtures.Recording store = InstructorFixtures.store();
        store.attempt(anna, lesson, 1, Map.of(1, option(1), 2, year(1967), 3, Response.BLANK));
        assertThat(kept(store).get(0).answers()).containsExactly(
                new GradedAnswer(1, "Who was Svetlana Alliluyeva?", "A ballet dancer", "Wrong", "0", false, false),
                new GradedAnswer(2, "In what year did she defect?", "1967", "Right", "1", true, false),
                new GradedAnswer(3, "To which country did she defect?", "", "Not answered", "0", false, false));
    }
}
