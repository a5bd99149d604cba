package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.instructor.ClassProgress;
import com.thenandnow.instructor.LearnerSummary;
import com.thenandnow.instructor.NameFilter;
import com.thenandnow.instructor.ProgressRow;
import com.thenandnow.lesson.Lesson;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One row per learner: their name (a link to their page), lessons passed, and a column per live lesson; every
 * column sorts. Rows are fetched lazily, a page at a time, from the figures already computed: with thousands of
 * learners only the rows in view reach the browser. Columns are narrow, so seven lessons fit 1366 px; on a phone
 * the grid scrolls sideways with the name column frozen.
 */
class LearnerGrid extends Grid<LearnerSummary> {

    private List<LearnerSummary> learners = List.of();
    private NameFilter filter = NameFilter.EVERYONE;

    LearnerGrid(List<Lesson> lessons) {
        addClassName("learner-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::nameLink).setKey("name").setHeader("Learner").setFrozen(true)
                .setWidth("min(13rem, 38vw)").setFlexGrow(0).setComparator(ClassProgress.BY_NAME);
        addColumn(LearnerSummary::completionText).setKey("completion").setHeader("Passed").setWidth("7rem")
                .setFlexGrow(0).setComparator(Comparator.comparingDouble(LearnerSummary::completion));
        for (int i = 0; i < lessons.size(); i++) {
            addLessonColumn(lessons.get(i), i + 1);
        }
        setItems(this::fetch, query -> learners.size());
    }

    void show(ClassProgress progress, NameFilter filter) {
        this.learners = progress.learners();
        this.filter = filter;
        GridHeights.fit(this, learners.size());
        getDataProvider().refreshAll();
    }

    private Stream<LearnerSummary> fetch(Query<LearnerSummary, Void> query) {
        return learners.stream().sorted(query.getSortingComparator().orElse(ClassProgress.BY_NAME))
                .skip(query.getOffset()).limit(query.getLimit());
    }

    private Anchor nameLink(LearnerSummary learner) {
        Anchor link = Links.to(learner.name(), LearnerView.route(learner.learnerId(), filter));
        link.addClassName("learner-link");
        return link;
    }

    private void addLessonColumn(Lesson lesson, int place) {
        Span header = new Span(place + ". " + lesson.title());
        header.addClassName("lesson-column-header");
        header.getElement().setAttribute("title", lesson.title());
        addColumn(learner -> row(learner, lesson).map(ProgressRow::summary).orElse(""))
                .setKey("lesson-" + lesson.id()).setHeader(header).setWidth("6.5rem").setFlexGrow(1)
                .setTooltipGenerator(learner -> lesson.title() + ": " + row(learner, lesson)
                        .map(ProgressRow::description).orElse(""))
                .setComparator(Comparator.comparingDouble(learner -> bestOrMinus(learner, lesson)));
    }

    private static Optional<ProgressRow> row(LearnerSummary learner, Lesson lesson) {
        return learner.lesson(lesson.id());
    }

    /** Not attempted sorts below a best of 0. */
    private static double bestOrMinus(LearnerSummary learner, Lesson lesson) {
        return row(learner, lesson).filter(ProgressRow::hasAttempts).map(row -> row.progress().bestPercent()).orElse(-1.0);
    }
}
