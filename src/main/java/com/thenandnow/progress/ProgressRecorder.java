package com.thenandnow.progress;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.Response;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Records what learners do: a lesson read, a quiz checked, a question answered in review; and forgets a learner
 * who asks, or whom an instructor removes.
 */
@Service
public class ProgressRecorder {

    private final ProgressStore store;
    private final Clock clock;
    private final int attemptsKept;
    private final Timer checks;

    public ProgressRecorder(ProgressStore store, Clock clock, ProgressProperties properties, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.attemptsKept = properties.attemptsKept();
        this.checks = Timer.builder("quiz.checks").description("Quizzes checked: grading and recording, until the store answers")
                .publishPercentiles(0.5, 0.95).register(meters);
    }

    public void markRead(LearnerId learner, Lesson lesson) {
        store.update(learner, new ProgressChange.MarkRead(lesson.id(), clock.instant()));
    }

    /**
     * Grades the responses against the lesson version of the attempt (the questions a "retry my mistakes" attempt
     * carried over count as right) and records it once, clearing its draft; submitting the same attempt again
     * answers the attempt recorded first.
     */
    public Attempt submit(LearnerId learner, QuizAttempt quiz, Map<Integer, Response> responses) {
        return checks.record(() -> record(learner, quiz, responses));
    }

    /**
     * Grades an answer given in review against the question as it reads now and moves its card on the schedule (see
     * {@link ReviewCard}); answers the graded result.
     */
    public QuestionResult answerReview(LearnerId learner, ReviewQuestion question, Response response) {
        QuestionResult result = QuizGrader.grade(question.question(), response);
        store.update(learner, new ProgressChange.AnswerReview(UUID.randomUUID(), question.lesson().id(),
                question.card().prompt(), result.verdict(), result.answer(), clock.instant()));
        return result;
    }

    private Attempt record(LearnerId learner, QuizAttempt quiz, Map<Integer, Response> responses) {
        Attempt graded = new Attempt(quiz.id(), quiz.lesson().id(), quiz.lesson().version(), clock.instant(),
                QuizGrader.grade(quiz, responses));
        LearnerProgress recorded = store.update(learner, new ProgressChange.RecordAttempt(graded, attemptsKept));
        return recorded.lesson(quiz.lesson().id()).attempt(quiz.id()).orElseThrow();
    }

    /**
     * Erases everything recorded about the learner, in whichever store the app runs on: the rule is
     * {@link ProgressChange.Forget}, so a durable or clustered store forgets them as it records everything else.
     */
    public void forget(LearnerId learner) {
        store.update(learner, new ProgressChange.Forget());
    }
}
