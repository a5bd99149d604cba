package com.thenandnow.progress;

import java.util.List;

/** A learner's standing in every lesson of the course, in course order. */
public record CourseProgress(LearnerProgress learner, List<LessonStatus> lessons) {

    public CourseProgress {
        lessons = List.copyOf(lessons);
    }

    public long passedCount() {
        return lessons.stream().filter(status -> status.state() == LessonStatus.State.PASSED).count();
    }

    public double completion() {
        return lessons.isEmpty() ? 0 : (double) passedCount() / lessons.size();
    }
}
