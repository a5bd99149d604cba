package com.thenandnow.progress;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuestionResult;
import java.util.List;

/** A question the learner did not get fully right in their latest attempt at a lesson. */
public record ReviewItem(Lesson lesson, QuestionResult result) {

    /** The questions not fully right in the latest attempt at each live lesson, in course order. */
    public static List<ReviewItem> listFor(LearnerProgress learner, Course course) {
        return course.lessons().stream().flatMap(lesson -> learner.lesson(lesson.id()).latestAttempt().stream()
                .flatMap(attempt -> attempt.result().questions().stream())
                .filter(result -> !result.isRight())
                .map(result -> new ReviewItem(lesson, result))).toList();
    }
}
