package com.thenandnow.progress;

import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A quiz as the learner finds it: the attempt, the answers already given in it, and its record once checked. */
public record OpenQuiz(QuizAttempt attempt, Map<Integer, Response> answers, Optional<Attempt> checked) {

    public OpenQuiz {
        Objects.requireNonNull(attempt);
        answers = Map.copyOf(answers);
        Objects.requireNonNull(checked);
    }

    public static OpenQuiz fresh(QuizAttempt attempt) {
        return new OpenQuiz(attempt, Map.of(), Optional.empty());
    }
}
