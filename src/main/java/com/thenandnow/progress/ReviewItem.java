package com.thenandnow.progress;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuestionResult;

/** A question the learner did not get fully right in their latest attempt at a lesson. */
public record ReviewItem(Lesson lesson, QuestionResult result) {
}
