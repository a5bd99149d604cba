package com.thenandnow.instructor.ui;

import com.thenandnow.instructor.QuestionStats;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Wording;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;

/** The item analysis: what its figures mean, a lesson filter, which questions need attention, and the grid. */
class ItemAnalysisSection extends Div {

    final Select<Lesson> lesson = new Select<>();
    final Paragraph attention = new Paragraph();
    final ItemAnalysisGrid grid = new ItemAnalysisGrid();

    ItemAnalysisSection(List<Lesson> lessons) {
        addClassName("item-analysis");
        lesson.setLabel("Lesson");
        lesson.setEmptySelectionAllowed(true);
        lesson.setEmptySelectionCaption("All lessons");
        lesson.setItemLabelGenerator(choice -> choice == null ? "All lessons" : choice.title());
        lesson.setItems(lessons);
        lesson.addValueChangeListener(event -> grid.filterByLesson(Optional.ofNullable(event.getValue()).map(Lesson::id)));
        attention.addClassName("attention-summary");
        add(help(), lesson, attention, grid);
    }

    void show(List<QuestionStats> questions) {
        long flagged = questions.stream().filter(QuestionStats::needsAttention).count();
        attention.setText(flagged == 0 ? "No question needs attention: none was missed on the first try by most of at least "
                + QuestionStats.ATTENTION_MIN_LEARNERS + " learners."
                : Wording.count(flagged, "question") + " marked “Needs attention”: most learners missed "
                        + (flagged == 1 ? "it" : "them") + " on their first try. Check the question and the paragraphs it cites.");
        grid.show(questions);
    }

    private static Div help() {
        Div help = new Div(new Paragraph("Answered: learners who gave an answer in any attempt. Right first try: "
                        + "learners right in their first attempt at the lesson. Right overall: all recorded answers "
                        + "that were right. Each share is rounded to the nearest percent, with the count beside it; "
                        + "hover over it for the exact figure. A question reworded or renumbered since starts counting afresh."),
                new Paragraph("Sort by a column to bring the weakest questions to the top; a question opens in the "
                        + "lesson's preview, and the sources point to the paragraph of the article learners may have misread."));
        help.addClassName("item-analysis-help");
        return help;
    }
}
