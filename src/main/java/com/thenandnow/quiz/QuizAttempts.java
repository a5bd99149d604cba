package com.thenandnow.quiz;

import com.thenandnow.lesson.Lesson;
import java.security.SecureRandom;
import java.util.Random;
import org.springframework.stereotype.Service;

/**
 * Starts quiz attempts. An attempt's id is what makes checking it idempotent, so two attempts must never
 * share one: ids and shuffles come from a secure random source.
 */
@Service
public class QuizAttempts {

    private final Random random = new SecureRandom();

    public QuizAttempt start(Lesson lesson) {
        return QuizAttempt.start(lesson, random);
    }

    /** A new attempt at every question of the same lesson version, reshuffled. */
    public QuizAttempt retry(QuizAttempt attempt) {
        return attempt.retry(random);
    }

    /** A new attempt at the questions of {@code checked} not fully right (see {@link QuizAttempt}). */
    public QuizAttempt retryMistakes(QuizAttempt attempt, QuizResult checked) {
        return attempt.retryMistakes(checked, random);
    }
}
