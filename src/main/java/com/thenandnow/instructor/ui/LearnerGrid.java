package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.instructor.ClassProgress;
import com.thenandnow.instructor.LearnerSummary;
import com.thenandnow.instructor.ProgressRow;
import com.thenandnow.lesson.Lesson;
import java.util.Comparator;
import java.util.Locale;

/** One row per learner: name, course completion, and a column per live lesson; every column sorts. */
class LearnerGrid extends ResponsiveTable<LearnerSummary> {

    LearnerGrid(ClassProgress progress) {
        super("Learners");
        addClassName("learner-grid");
        addColumn("name", "Learner", LearnerSummary::name)
                .setComparator(Comparator.comparing(learner -> learner.name().toLowerCase(Locale.ROOT)));
        addColumn("completion", "Completion", LearnerSummary::completionText)
                .setComparator(Comparator.comparingDouble(LearnerSummary::completion));
        for (int i = 0; i < progress.lessons().size(); i++) {
            addLessonColumn(progress.lessons().get(i), i + 1);
        }
        setItems(progress.learners());
    }

    /** Shows only learners whose name contains {@code filter}. */
    void filterByName(String filter) {
        setFilter(learner -> learner.nameMatches(filter));
    }

    private void addLessonColumn(Lesson lesson, int place) {
        addColumn("lesson-" + lesson.id(), place + ". " + lesson.title(),
                learner -> learner.lesson(lesson.id()).map(ProgressRow::summary).orElse(""))
                .setComparator(Comparator.comparingDouble(learner -> bestOrMinus(learner, lesson)));
    }

    /** Not attempted sorts below a best of 0. */
    private static double bestOrMinus(LearnerSummary learner, Lesson lesson) {
        return learner.lesson(lesson.id()).filter(ProgressRow::hasAttempts).map(ProgressRow::bestPercent).orElse(-1.0);
    }
}
