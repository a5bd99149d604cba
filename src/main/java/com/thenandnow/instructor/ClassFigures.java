package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.progress.LearnerProgress;
import java.util.List;
import java.util.Objects;

/**
 * Everything the class progress page shows, computed at once from one course and one reading of the store: the
 * learners, a summary per lesson, and the item analysis, each over the learners the name filter lets through.
 */
public record ClassFigures(NameFilter filter, ClassProgress progress, List<LessonSummary> lessons,
                           List<QuestionStats> questions) {

    public ClassFigures {
        Objects.requireNonNull(filter);
        Objects.requireNonNull(progress);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    public static ClassFigures of(Course course, List<LearnerProgress> learners, NameFilter filter) {
        List<LearnerProgress> matching = filter.isBlank() ? learners
                : learners.stream().filter(learner -> filter.matches(learner.shownName())).toList();
        ClassProgress progress = ClassProgress.of(course, matching);
        return new ClassFigures(filter, progress, LessonSummary.of(progress), ItemAnalysis.of(course, matching));
    }
}
