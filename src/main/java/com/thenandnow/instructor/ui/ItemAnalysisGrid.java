package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.instructor.AnswerCount;
import com.thenandnow.instructor.QuestionStats;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One row per question of the live lessons, sortable by every column, so weak questions come to the top. */
class ItemAnalysisGrid extends ResponsiveTable<QuestionStats> {

    ItemAnalysisGrid(List<QuestionStats> questions) {
        super("Item analysis");
        addClassName("item-analysis-grid");
        addColumn("question", "Question", stats -> stats.questionNumber() + ". " + stats.prompt())
                .setComparator(Comparator.comparing(QuestionStats::lessonId).thenComparingInt(QuestionStats::questionNumber));
        addColumn("lesson", "Lesson", QuestionStats::lessonTitle).setSortable();
        addColumn("sources", "Sources ¶", stats -> ArticleParagraphs.of(stats.sources()))
                .setComparator(Comparator.comparingInt(ItemAnalysisGrid::firstSource));
        addColumn("answered", "Answered", QuestionStats::answered).setSortable();
        addShareColumn("first-try", "Right first try", QuestionStats::rightFirstTryPercent);
        addShareColumn("overall", "Right overall", QuestionStats::rightOverallPercent);
        addColumn("review", "Review answers", QuestionStats::reviewAnswers).setSortable();
        addColumn("wrong", "Common wrong answers", ItemAnalysisGrid::wrongAnswers)
                .setComparator(Comparator.comparingInt(ItemAnalysisGrid::mostCommonWrongCount));
        setItems(questions);
    }

    /** Questions nobody was counted on yet sort below 0%. */
    private void addShareColumn(String key, String header, Function<QuestionStats, OptionalDouble> share) {
        addColumn(key, header, stats -> Texts.percent(share.apply(stats)))
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
