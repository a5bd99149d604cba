package com.thenandnow.quiz.ui;

import com.thenandnow.quiz.QuizResult;

/** Scores as people read them: "83%". */
public final class Percent {

    private Percent() {
    }

    public static String of(double percent) {
        return QuizResult.shown(percent) + "%";
    }
}
