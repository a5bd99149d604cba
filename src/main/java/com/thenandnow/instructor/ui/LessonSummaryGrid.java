package com.thenandnow.instructor.ui;

import com.thenandnow.instructor.LessonSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;

/** One row per live lesson: how many learners started, read, attempted and passed it, their mean best and median attempts. */
class LessonSummaryGrid extends Grid<LessonSummary> {

    LessonSummaryGrid() {
        addClassName("lesson-summary-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(LessonSummary::lessonTitle).setKey("lesson").setHeader("Lesson").setFlexGrow(1)
                .setWidth("min(12rem, 38vw)").setFrozen(true);
        ShareColumns.add(this, "started", "Started", LessonSummary::started);
        ShareColumns.add(this, "read", "Read", LessonSummary::read);
        ShareColumns.add(this, "attempted", "Attempted", LessonSummary::attempted);
        ShareColumns.add(this, "passed", "Passed", LessonSummary::passed);
        addColumn(LessonSummary::meanBestText).setKey("mean-best").setHeader("Mean best").setWidth("6.5rem")
                .setFlexGrow(0).setTooltipGenerator(summary -> "Mean of the best scores of the learners who attempted it")
                .setComparator(Comparator.comparingDouble(summary -> summary.meanBest().orElse(-1)));
        addColumn(LessonSummary::medianAttemptsText).setKey("median-attempts").setHeader("Median attempts")
                .setWidth("7rem").setFlexGrow(0)
                .setComparator(Comparator.comparingDouble(summary -> summary.medianAttempts().orElse(-1)));
        setAllRowsVisible(true);
    }

    /** The lessons of a course are few: all rows show. */
    void show(List<LessonSummary> lessons) {
        setItems(lessons);
    }
}
