package com.thenandnow.instructor;

import com.thenandnow.quiz.QuestionResult;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One question of a recorded attempt as the instructor reads it, on a learner's page and in the responses CSV:
 * the answer as the learner gave it, in words ("—" on the page when left blank), the verdict, and the question's
 * score from 0 to 1 with at most two decimals ("1", "0.5", "0.67"). {@code carriedOver}: a "retry my mistakes"
 * attempt did not ask the question again but kept its right answer from the attempt before.
 */
public record GradedAnswer(int question, String prompt, String answer, String verdict, String score, boolean right,
                           boolean carriedOver) {

    public static GradedAnswer of(QuestionResult result) {
        return new GradedAnswer(result.questionNumber(), result.prompt(), result.answer(), result.verdict().label(),
                BigDecimal.valueOf(result.score()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                result.isRight(), result.carriedOver());
    }
}
