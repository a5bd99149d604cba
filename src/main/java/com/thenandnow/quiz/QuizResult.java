package com.thenandnow.quiz;

import java.util.List;
import java.util.Optional;

/** A graded quiz: per question results, the score as a percent of the mean, and whether it passed. */
public record QuizResult(List<QuestionResult> questions, double percent, int passPercent) {

    /** Guards the pass comparison against binary fractions: 7 of 10 right is 70%, not 69.99…%. */
    private static final double EPSILON = 1e-9;

    public QuizResult {
        questions = List.copyOf(questions);
    }

    public boolean passed() {
        return percent + EPSILON >= passPercent;
    }

    /** The percent as shown: rounded down, so a shown score at or above the pass mark always passes. */
    public int shownPercent() {
        return shown(percent);
    }

    /** Any percent as shown to people, by the same rule as a quiz score. */
    public static int shown(double percent) {
        return (int) Math.floor(percent + EPSILON);
    }

    public long rightCount() {
        return questions.stream().filter(QuestionResult::isRight).count();
    }

    public Optional<QuestionResult> question(int number) {
        return questions.stream().filter(result -> result.questionNumber() == number).findFirst();
    }
}
