package com.thenandnow.learner.ui;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Wording;
import com.thenandnow.quiz.QuizAttempt;
import com.vaadin.flow.component.html.Paragraph;

/** The line under a quiz's title: how many questions, the pass mark, and the scoring rule, said once. */
final class QuizIntro {

    static final String PARTIAL_CREDIT = "Questions with several parts give partial credit: two of three parts right "
            + "earn ⅔ of a point.";

    private QuizIntro() {
    }

    static Paragraph of(QuizAttempt attempt) {
        Lesson lesson = attempt.lesson();
        int asked = attempt.questions().size();
        String text = attempt.isRetryOfMistakes()
                ? "Retry my mistakes: " + Wording.count(asked, "question") + " you did not get fully right. The "
                        + attempt.carriedOver().size() + " you got right count as right, so your score is for the "
                        + "whole lesson · pass mark " + lesson.passPercent() + "%. "
                : Wording.count(asked, "question") + " · pass mark " + lesson.passPercent() + "%. Unanswered questions "
                        + "score 0. ";
        Paragraph intro = new Paragraph(text + PARTIAL_CREDIT);
        intro.addClassName("quiz-intro");
        return intro;
    }
}
