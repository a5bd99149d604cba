package com.thenandnow.instructor.ui;

import com.thenandnow.instructor.ClassProgress;
import com.thenandnow.instructor.LearnerSummary;
import com.thenandnow.instructor.ProgressRow;
import com.thenandnow.lesson.Lesson;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import java.util.Comparator;
import java.util.Locale;

/** One row per learner: name, course completion, and a column per live lesson; every column sorts. */
class LearnerGrid extends Grid<LearnerSummary> {

    private final GridListDataView<LearnerSummary> rows;

    LearnerGrid(ClassProgress progress) {
        addClassName("learner-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(LearnerSummary::name).setKey("name").setHeader("Learner").setFrozen(true).setAutoWidth(true)
                .setComparator(Comparator.comparing(learner -> learner.name().toLowerCase(Locale.ROOT)));
        addColumn(LearnerSummary::completionText).setKey("completion").setHeader("Completion").setWidth("9rem")
                .setComparator(Comparator.comparingDouble(LearnerSummary::completion));
        for (int i = 0; i < progress.lessons().size(); i++) {
            addLessonColumn(progress.lessons().get(i), i + 1);
        }
        rows = setItems(progress.learners());
    }

    /** Shows only learners whose name contains {@code filter}. */
    void filterByName(String filter) {
        rows.setFilter(learner -> learner.nameMatches(filter));
    }

    private void addLessonColumn(Lesson lesson, int place) {
        addColumn(learner -> learner.lesson(lesson.id()).map(ProgressRow::summary).orElse(""))
                .setKey("lesson-" + lesson.id()).setHeader(place + ". " + lesson.title())
                .setTooltipGenerator(learner -> lesson.title()).setWidth("11rem")
                .setComparator(Comparator.comparingDouble(learner -> bestOrMinus(learner, lesson)));
    }

    /** Not attempted sorts below a best of 0. */
    private static double bestOrMinus(LearnerSummary learner, Lesson lesson) {
        return learner.lesson(lesson.id()).filter(ProgressRow::hasAttempts).map(ProgressRow::bestPercent).orElse(-1.0);
    }
}
