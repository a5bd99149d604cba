package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerProgress;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every learner who has started, in every live lesson. A learner counts once they have opened a lesson or
 * chosen a name: guests who only closed the welcome dialog are left out. Learners are sorted by name.
 */
public record ClassProgress(List<Lesson> lessons, List<LearnerSummary> learners) {

    public static final Comparator<LearnerSummary> BY_NAME = Comparator
            .comparing((LearnerSummary learner) -> learner.name().toLowerCase(Locale.ROOT))
            .thenComparing(LearnerSummary::learnerId);

    public ClassProgress {
        lessons = List.copyOf(lessons);
        learners = List.copyOf(learners);
    }

    /** The class progress in the live lessons of {@code course}. */
    public static ClassProgress of(Course course, List<LearnerProgress> progress) {
        List<LearnerSummary> learners = progress.stream().filter(ClassProgress::hasStarted)
                .map(learner -> LearnerSummary.of(learner, course.lessons())).sorted(BY_NAME).toList();
        return new ClassProgress(course.lessons(), learners);
    }

    public boolean isEmpty() {
        return learners.isEmpty();
    }

    /** One row per learner and live lesson: learners by name, lessons in course order. */
    public List<ProgressRow> rows() {
        return learners.stream().flatMap(learner -> learner.lessons().stream()).toList();
    }

    private static boolean hasStarted(LearnerProgress learner) {
        return !learner.lessons().isEmpty() || !learner.isGuest();
    }
}
