package com.thenandnow.progress;

import com.thenandnow.lesson.Course;
import java.util.List;

/** A learner's standing in every lesson of the course, in course order. */
public record CourseProgress(LearnerProgress learner, List<LessonStatus> lessons) {

    public CourseProgress {
        lessons = List.copyOf(lessons);
    }

    public static CourseProgress of(LearnerProgress learner, Course course) {
        return new CourseProgress(learner, course.lessons().stream()
                .map(lesson -> LessonStatus.of(learner, lesson, course)).toList());
    }

    public long passedCount() {
        return lessons.stream().filter(status -> status.state() == LessonStatus.State.PASSED).count();
    }

    /** Every lesson passed: the course is complete. */
    public boolean isComplete() {
        return !lessons.isEmpty() && passedCount() == lessons.size();
    }

    public double completion() {
        return lessons.isEmpty() ? 0 : (double) passedCount() / lessons.size();
    }
}
