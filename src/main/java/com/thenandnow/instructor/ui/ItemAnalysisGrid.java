package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.instructor.AnswerCount;
import com.thenandnow.instructor.QuestionStats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One row per question of the live lessons, sortable by every column, so weak questions come to the top. */
class ItemAnalysisGrid extends Grid<QuestionStats> {

    private static final String NARROW = "7rem";

    ItemAnalysisGrid(List<QuestionStats> questions) {
        addClassName("item-analysis-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(QuestionStats::lessonTitle).setKey("lesson").setHeader("Lesson").setFlexGrow(2).setSortable(true);
        addColumn(stats -> stats.questionNumber() + ". " + stats.prompt()).setKey("question").setHeader("Question")
                .setFlexGrow(3).setComparator(Comparator.comparing(QuestionStats::lessonId)
                        .thenComparingInt(QuestionStats::questionNumber));
        addColumn(stats -> ArticleParagraphs.of(stats.sources())).setKey("sources").setHeader("Sources ¶")
                .setWidth(NARROW).setFlexGrow(0).setComparator(Comparator.comparingInt(ItemAnalysisGrid::firstSource));
        addColumn(QuestionStats::answered).setKey("answered").setHeader("Answered")
                .setWidth(NARROW).setFlexGrow(0).setSortable(true);
        addShareColumn("first-try", "Right first try", QuestionStats::rightFirstTryPercent);
        addShareColumn("overall", "Right overall", QuestionStats::rightOverallPercent);
        addColumn(ItemAnalysisGrid::wrongAnswers).setKey("wrong").setHeader("Common wrong answers").setFlexGrow(3)
                .setComparator(Comparator.comparingInt(ItemAnalysisGrid::mostCommonWrongCount));
        setItems(questions);
    }

    /** Questions nobody was counted on yet sort below 0%. */
    private void addShareColumn(String key, String header, Function<QuestionStats, OptionalDouble> share) {
        addColumn(stats -> Texts.percent(share.apply(stats))).setKey(key).setHeader(header)
                .setWidth(NARROW).setFlexGrow(0)
                .setComparator(Comparator.comparingDouble(stats -> share.apply(stats).orElse(-1)));
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
