package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.instructor.LessonSummary;
import java.util.Comparator;
import java.util.List;

/** One row per live lesson: how many learners started, read, attempted and passed it, their mean best and median attempts. */
class LessonSummaryGrid extends ResponsiveTable<LessonSummary> {

    LessonSummaryGrid() {
        super("Lessons");
        addClassName("lesson-summary-grid");
        addColumn("lesson", "Lesson", LessonSummary::lessonTitle);
        ShareColumns.add(this, "started", "Started", LessonSummary::started);
        ShareColumns.add(this, "read", "Read", LessonSummary::read);
        ShareColumns.add(this, "attempted", "Attempted", LessonSummary::attempted);
        ShareColumns.add(this, "passed", "Passed", LessonSummary::passed);
        addColumn("mean-best", "Mean best", LessonSummary::meanBestText)
                .setComparator(Comparator.comparingDouble(summary -> summary.meanBest().orElse(-1)));
        addColumn("median-attempts", "Median attempts", LessonSummary::medianAttemptsText)
                .setComparator(Comparator.comparingDouble(summary -> summary.medianAttempts().orElse(-1)));
    }

    /** The lessons of a course are few: all rows show, in course order. */
    void show(List<LessonSummary> lessons) {
        setItems(lessons);
    }
}
