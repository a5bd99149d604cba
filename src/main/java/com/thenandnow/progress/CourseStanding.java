package com.thenandnow.progress;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Where a learner stands in the course: their progress, each lesson's state, their review queue, what to do next. */
@Service
public class CourseStanding {

    private final ProgressStore store;
    private final Clock clock;

    public CourseStanding(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
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

    /** The learner's review queue now, drawn from the live course (see {@link ReviewQueue}). */
    public ReviewQueue review(LearnerId learner, Course course) {
        return ReviewQueue.of(store.progress(learner), course, clock.instant());
    }

    /** What the home page offers first (see {@link NextStep#pick}); none in a course without lessons. */
    public Optional<NextStep> nextStep(LearnerId learner, Course course) {
        LearnerProgress progress = store.progress(learner);
        return NextStep.pick(CourseProgress.of(progress, course), ReviewQueue.of(progress, course, clock.instant()));
    }

    /** The summary of the learner's finished course; none while a lesson is not passed. */
    public Optional<CourseCompletion> completion(LearnerId learner, Course course) {
        LearnerProgress progress = store.progress(learner);
        return CourseCompletion.of(CourseProgress.of(progress, course), ReviewQueue.of(progress, course, clock.instant()));
    }
}
