package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.LessonProgress;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Computes the class figures once per course and state of the class, not once per page: with thousands of
 * learners the item analysis takes seconds, and every instructor's page, reload and filter would pay it again.
 * <p>
 * The store has no version number, so the state of the class is a mark per learner of what any change alters: a
 * new name, a lesson opened for the first time, an attempt (the count grows even when old attempts are trimmed),
 * a forgotten learner (gone), and the time of the last change (it tells apart a learner who was forgotten and
 * came back). Comparing marks costs a pass over the learners, far less than the figures. A reloaded course is a new
 * snapshot, compared by identity. Figures are kept for a few name filters of the current state.
 */
final class FiguresCache {

    private static final int FILTERS_KEPT = 8;

    private record Mark(String name, Optional<Instant> lastActive, int lessons, int attempts) {
        static Mark of(LearnerProgress learner) {
            return new Mark(learner.displayName(), learner.lastActive(), learner.lessons().size(),
                    learner.lessons().values().stream().mapToInt(LessonProgress::attemptCount).sum());
        }
    }

    private Course course;
    private Map<LearnerId, Mark> marks = Map.of();
    private final Map<NameFilter, ClassFigures> figures = new HashMap<>();

    /** The figures of {@code learners} in {@code course} through {@code filter}, computed only if not known yet. */
    synchronized ClassFigures figures(Course course, List<LearnerProgress> learners, NameFilter filter) {
        Map<LearnerId, Mark> now = learners.stream().collect(Collectors.toMap(LearnerProgress::learner, Mark::of));
        if (course != this.course || !now.equals(marks) || figures.size() >= FILTERS_KEPT) {
            this.course = course;
            this.marks = now;
            figures.clear();
        }
        ClassFigures known = figures.get(filter);
        if (known == null) {
            known = ClassFigures.of(course, learners, filter);
            figures.put(filter, known);
        }
        return known;
    }
}
