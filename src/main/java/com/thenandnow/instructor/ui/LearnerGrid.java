package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.instructor.ClassProgress;
import com.thenandnow.instructor.LearnerSummary;
import com.thenandnow.instructor.NameFilter;
import com.thenandnow.instructor.ProgressRow;
import com.thenandnow.lesson.Lesson;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One row per learner: their name (a link to their page), lessons passed, and a column per live lesson; every
 * column sorts. A cell shows "80% · 2 · ✓" and says it in words to screen readers and in its tooltip. Learners come
 * {@value #PAGE_SIZE} at a time: a class of thousands is sorted and filtered whole but never rendered whole.
 */
class LearnerGrid extends ResponsiveTable<LearnerSummary> {

    static final int PAGE_SIZE = 50;

    private NameFilter filter = NameFilter.EVERYONE;

    LearnerGrid(List<Lesson> lessons) {
        super("Learners");
        addClassName("learner-grid");
        addComponentColumn("name", "Learner", this::nameLink).setComparator(ClassProgress.BY_NAME);
        addColumn("completion", "Passed", LearnerSummary::completionText)
                .setComparator(Comparator.comparingDouble(LearnerSummary::completion));
        for (int i = 0; i < lessons.size(); i++) {
            addLessonColumn(lessons.get(i), i + 1);
        }
        setPageSize(PAGE_SIZE, "learners");
    }

    void show(ClassProgress progress, NameFilter filter) {
        this.filter = filter;
        setItems(progress.learners());
    }

    private Anchor nameLink(LearnerSummary learner) {
        Anchor link = Links.to(learner.name(), LearnerView.route(learner.learnerId(), filter));
        link.addClassName("learner-link");
        return link;
    }

    private void addLessonColumn(Lesson lesson, int place) {
        addComponentColumn("lesson-" + lesson.id(), place + ". " + lesson.title(), learner -> cell(row(learner, lesson)))
                .setComparator(Comparator.comparingDouble(learner -> bestOrMinus(learner, lesson)));
    }

    /** The short form for the eye, the words for screen readers and the tooltip. */
    private static Component cell(Optional<ProgressRow> row) {
        Span cell = new Span();
        row.ifPresent(shown -> {
            Span summary = new Span(shown.summary());
            summary.getElement().setAttribute("aria-hidden", "true");
            Span words = new Span(shown.description());
            words.addClassName("visually-hidden");
            cell.add(summary, words);
            cell.getElement().setAttribute("title", shown.description());
        });
        return cell;
    }

    private static Optional<ProgressRow> row(LearnerSummary learner, Lesson lesson) {
        return learner.lesson(lesson.id());
    }

    /** Not attempted sorts below a best of 0. */
    private static double bestOrMinus(LearnerSummary learner, Lesson lesson) {
        return row(learner, lesson).filter(ProgressRow::hasAttempts).map(row -> row.progress().bestPercent()).orElse(-1.0);
    }
}
