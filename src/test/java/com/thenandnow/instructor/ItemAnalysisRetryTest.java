package com.thenandnow.instructor;

import static com.thenandnow.instructor.InstructorFixtures.T0;
import static com.thenandnow.instructor.InstructorFixtures.option;
import static com.thenandnow.instructor.InstructorFixtures.typed;
import static com.thenandnow.instructor.InstructorFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.QuizResult;
import com.thenandnow.quiz.Response;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Item analysis with "retry my mistakes" attempts: a question carried over is no new answer. */
class ItemAnalysisRetryTest {

    private final Lesson lesson = InstructorFixtures.daughter();
    private final InstructorFixtures.Recording store = InstructorFixtures.store();
    private final LearnerId boris = LearnerId.random();
    private final Random random = new Random(1);

    private Attempt record(QuizAttempt quiz, int minutes, Map<Integer, Response> responses) {
        QuizResult result = QuizGrader.grade(quiz, responses);
        Attempt attempt = new Attempt(quiz.id(), lesson.id(), lesson.version(), T0.plusSeconds(60L * minutes), result);
        store.store().update(boris, new ProgressChange.RecordAttempt(attempt, store.attemptsKept()));
        return attempt;
    }

    /** Boris: right, blank, "France"; then, retrying his mistakes only, 1967 and "Frence". */
    @Test
    void questions_carried_over_by_a_retry_of_mistakes_are_counted_once_and_only_the_retried_ones_again() {
        QuizAttempt first = QuizAttempt.start(lesson, random);
        Attempt checked = record(first, 1, Map.of(1, option(0), 3, typed("France")));
        QuizAttempt retry = first.retryMistakes(checked.result(), random);
        record(retry, 2, Map.of(2, year(1967), 3, typed("Frence")));

        List<QuestionStats> stats = ItemAnalysis.of(lesson, store.all());

        assertThat(stats).extracting(QuestionStats::questionNumber, QuestionStats::answered, stat -> stat.rightOverall().whole(),
                stat -> stat.rightOverall().part(), stat -> stat.rightFirstTry().whole(), stat -> stat.rightFirstTry().part())
                .containsExactly(
                        tuple(1, 1, 1, 1, 1, 1),
                        tuple(2, 1, 2, 1, 1, 0),
                        tuple(3, 1, 2, 0, 1, 0));
        assertThat(stats.get(2).commonWrongAnswers()).extracting(AnswerCount::answer).containsExactly("France", "Frence");
    }
}
