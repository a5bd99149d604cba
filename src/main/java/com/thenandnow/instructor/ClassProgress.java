package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.LessonProgress;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Every learner who has started, in every live lesson. A learner counts once they have opened a lesson or
 * chosen a name: guests who only closed the welcome dialog are left out. Learners are sorted by name.
 */
public record ClassProgress(List<Lesson> lessons, List<LearnerSummary> learners) {

    private static final Comparator<LearnerSummary> BY_NAME = Comparator
            .comparing((LearnerSummary learner) -> learner.name().toLowerCase(Locale.ROOT))
            .thenComparing(LearnerSummary::learnerId);

    public ClassProgress {
        lessons = List.copyOf(lessons);
        learners = List.copyOf(learners);
    }

    /** The class progress in the live lessons of {@code course}. */
    public static ClassProgress of(Course course, List<LearnerProgress> progress) {
        List<LearnerSummary> learners = progress.stream().filter(ClassProgress::hasStarted)
                .map(learner -> summary(learner, course.lessons())).sorted(BY_NAME).toList();
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

    private static LearnerSummary summary(LearnerProgress learner, List<Lesson> lessons) {
        return new LearnerSummary(learner.learner().value(), learner.shownName(),
                lessons.stream().map(lesson -> row(learner, lesson)).toList());
    }

    private static ProgressRow row(LearnerProgress learner, Lesson lesson) {
        LessonProgress progress = learner.lesson(lesson.id());
        OptionalDouble last = progress.latestAttempt().map(attempt -> OptionalDouble.of(attempt.percent()))
                .orElse(OptionalDouble.empty());
        return new ProgressRow(learner.shownName(), learner.learner().value(), lesson.id(), lesson.title(),
                progress.isRead(), progress.attemptCount(), progress.bestPercent(), last, progress.isPassed(),
                progress.latestAttempt().map(Attempt::submittedAt));
    }
}
