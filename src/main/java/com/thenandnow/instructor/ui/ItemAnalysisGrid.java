package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.base.ui.Links;
import com.thenandnow.instructor.AnswerCount;
import com.thenandnow.instructor.QuestionStats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One row per question of the live lessons, sortable by every column, so weak questions come to the top. Each
 * question links to itself in the lesson's preview; a question most learners missed on the first try is marked
 * "Needs attention" in words, not only by colour, with the paragraphs it cites.
 */
class ItemAnalysisGrid extends Grid<QuestionStats> {

    private static final String NARROW = "6.5rem";

    private GridListDataView<QuestionStats> rows;
    private Optional<String> lessonId = Optional.empty();

    ItemAnalysisGrid() {
        addClassName("item-analysis-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(ItemAnalysisGrid::question).setKey("question").setHeader("Question").setFlexGrow(3)
                .setWidth("16rem").setComparator(Comparator.comparing(QuestionStats::lessonId)
                        .thenComparingInt(QuestionStats::questionNumber));
        addColumn(QuestionStats::lessonTitle).setKey("lesson").setHeader("Lesson").setFlexGrow(1).setWidth("8rem")
                .setSortable(true);
        addColumn(stats -> ArticleParagraphs.of(stats.sources())).setKey("sources").setHeader("Sources")
                .setWidth("5.5rem").setFlexGrow(0).setComparator(Comparator.comparingInt(ItemAnalysisGrid::firstSource));
        addColumn(QuestionStats::answered).setKey("answered").setHeader("Answered").setWidth(NARROW).setFlexGrow(0)
                .setSortable(true);
        ShareColumns.add(this, "first-try", "Right first try", QuestionStats::rightFirstTry);
        ShareColumns.add(this, "overall", "Right overall", QuestionStats::rightOverall);
        addColumn(ItemAnalysisGrid::wrongAnswers).setKey("wrong").setHeader("Common wrong answers").setFlexGrow(2)
                .setWidth("10rem").setComparator(Comparator.comparingInt(ItemAnalysisGrid::mostCommonWrongCount));
        setPartNameGenerator(stats -> stats.needsAttention() ? "needs-attention" : null);
        rows = setItems(List.of());
    }

    void show(List<QuestionStats> questions) {
        rows = setItems(questions);
        filterByLesson(lessonId);
    }

    /** Shows only the questions of one lesson, or of all when empty. */
    void filterByLesson(Optional<String> lessonId) {
        this.lessonId = lessonId;
        rows.setFilter(stats -> lessonId.map(stats.lessonId()::equals).orElse(true));
        GridHeights.fit(this, rows.getItemCount());
    }

    private static Div question(QuestionStats stats) {
        Anchor link = Links.to(stats.questionNumber() + ". " + stats.prompt(),
                PreviewView.route(stats.lessonFile(), stats.questionNumber()));
        link.getElement().setAttribute("title", "Open this question in the preview of " + stats.lessonFile());
        Div cell = new Div(link);
        if (stats.needsAttention()) {
            Span flag = new Span("Needs attention" + (stats.sources().isEmpty() ? ""
                    : " · see " + ArticleParagraphs.of(stats.sources())));
            flag.addClassName("needs-attention-flag");
            flag.getElement().getThemeList().add("badge error");
            cell.add(flag);
        }
        return cell;
    }

    private static String wrongAnswers(QuestionStats stats) {
        return stats.commonWrongAnswers().stream().map(AnswerCount::toString).collect(Collectors.joining("; "));
    }

    private static int mostCommonWrongCount(QuestionStats stats) {
        return stats.commonWrongAnswers().stream().mapToInt(AnswerCount::count).max().orElse(0);
    }

    private static int firstSource(QuestionStats stats) {
        return stats.sources().isEmpty() ? 0 : stats.sources().get(0);
    }
}
