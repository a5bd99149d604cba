package com.thenandnow.progress;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Where a learner stands in the course: their progress, each lesson's state, what to review. */
@Service
public class CourseStanding {

    private final ProgressStore store;

    public CourseStanding(ProgressStore store) {
        this.store = store;
    }

    public LearnerProgress progress(LearnerId learner) {
        return store.progress(learner);
    }

    public CourseProgress courseProgress(LearnerId learner, Course course) {
        return CourseProgress.of(store.progress(learner), course);
    }

    public LessonStatus status(LearnerId learner, Lesson lesson, Course course) {
        return LessonStatus.of(store.progress(learner), lesson, course);
    }

    /** Where the learner stands with the lesson after {@code lesson} in course order, if there is one. */
    public Optional<LessonStatus> next(LearnerId learner, Lesson lesson, Course course) {
        return course.next(lesson).map(next -> status(learner, next, course));
    }

    /** Questions not fully right in the latest attempt at each lesson, in course order. */
    public List<ReviewItem> toReview(LearnerId learner, Course course) {
        return ReviewItem.listFor(store.progress(learner), course);
    }
}
