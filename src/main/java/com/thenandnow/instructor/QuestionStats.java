package com.thenandnow.instructor;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How learners did on one question of a live lesson (see {@link ItemAnalysis} for what each count means).
 * Shares are empty, not 0, while nobody has been counted, so "no data" never reads as "nobody got it".
 */
public record QuestionStats(String lessonId, String lessonTitle, int questionNumber, String prompt,
                            List<Integer> sources, int answered, int firstAttempts, int rightFirstAttempts,
                            int answers, int rightAnswers, List<AnswerCount> commonWrongAnswers, int reviewAnswers) {

    public QuestionStats {
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(lessonTitle);
        Objects.requireNonNull(prompt);
        sources = List.copyOf(sources);
        commonWrongAnswers = List.copyOf(commonWrongAnswers);
        if (rightFirstAttempts > firstAttempts || rightAnswers > answers) {
            throw new IllegalArgumentException("more right than counted: " + lessonId + " question " + questionNumber);
        }
    }

    /** Percent of learners who got it fully right in their first attempt at the lesson. */
    public OptionalDouble rightFirstTryPercent() {
        return share(rightFirstAttempts, firstAttempts);
    }

    /** Percent of all recorded answers (blank ones included) that were fully right. */
    public OptionalDouble rightOverallPercent() {
        return share(rightAnswers, answers);
    }

    private static OptionalDouble share(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }
}
