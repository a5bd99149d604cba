package com.thenandnow.progress;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Never lose an answer: which quiz a learner finds when they open a lesson's quiz, and the drafts that keep
 * their answers until they check them.
 */
@Service
public class OpenQuizzes {

    private final ProgressStore store;
    private final QuizAttempts quizzes;
    private final Clock clock;

    public OpenQuizzes(ProgressStore store, QuizAttempts quizzes, Clock clock) {
        this.store = store;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    /**
     * The attempt {@code requested} (an attempt id, from the address) names, checked, if it is recorded at the lesson's live version (a reload or Back
     * after checking); else the attempt of the learner's draft at this version, with its answers (a reload or Back
     * mid-quiz, or coming back days later); else a new attempt.
     */
    public OpenQuiz open(LearnerId learner, Lesson lesson, Optional<String> requested) {
        LessonProgress progress = store.progress(learner).lesson(lesson.id());
        return requested.flatMap(OpenQuizzes::uuid).flatMap(id -> checked(progress, lesson, id))
                .or(() -> progress.draft().flatMap(draft -> resumed(progress, lesson, draft)))
                .orElseGet(() -> OpenQuiz.fresh(quizzes.start(lesson)));
    }

    /** Keeps the answers given so far in {@code attempt} (none clears the draft); an unchanged draft is not saved again. */
    public void saveDraft(LearnerId learner, QuizAttempt attempt, Map<Integer, Response> responses) {
        QuizDraft draft = QuizDraft.of(attempt, responses, clock.instant());
        Optional<QuizDraft> saved = store.progress(learner).lesson(attempt.lesson().id()).draft();
        boolean unchanged = saved.map(old -> old.attemptId().equals(draft.attemptId())
                && old.responses().equals(draft.responses())).orElse(draft.isEmpty());
        if (!unchanged) {
            store.update(learner, new ProgressChange.SaveDraft(attempt.lesson().id(), draft));
        }
    }

    /** An attempt id as the address gives it; anything else names no attempt. */
    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<OpenQuiz> checked(LessonProgress progress, Lesson lesson, UUID id) {
        return progress.attempt(id).filter(recorded -> recorded.lessonVersion().equals(lesson.version()))
                .map(recorded -> new OpenQuiz(QuizAttempt.resume(id, lesson, Optional.empty(),
                        recorded.result().questions().stream().filter(QuestionResult::carriedOver).toList()),
                        Map.of(), Optional.of(recorded)));
    }

    /** A draft's attempt again; one that retries the mistakes of an attempt no longer kept cannot be rebuilt. */
    private static Optional<OpenQuiz> resumed(LessonProgress progress, Lesson lesson, QuizDraft draft) {
        if (!draft.lessonVersion().equals(lesson.version())) {
            return Optional.empty();
        }
        Optional<List<QuestionResult>> carried = draft.retryOf().isEmpty() ? Optional.of(List.of())
                : progress.attempt(draft.retryOf().get()).map(base -> QuizAttempt.carriedFrom(lesson, base.result()));
        return carried.map(results -> new OpenQuiz(QuizAttempt.resume(draft.attemptId(), lesson, draft.retryOf(), results),
                draft.responses(), Optional.empty()));
    }
}
