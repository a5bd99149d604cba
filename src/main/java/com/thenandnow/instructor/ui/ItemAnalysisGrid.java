package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.instructor.AnswerCount;
import com.thenandnow.instructor.QuestionStats;
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
class ItemAnalysisGrid extends ResponsiveTable<QuestionStats> {

    ItemAnalysisGrid() {
        super("Item analysis");
        addClassName("item-analysis-grid");
        addComponentColumn("question", "Question", ItemAnalysisGrid::question)
                .setComparator(Comparator.comparing(QuestionStats::lessonId).thenComparingInt(QuestionStats::questionNumber));
        addColumn("lesson", "Lesson", QuestionStats::lessonTitle).setSortable();
        addColumn("sources", "Sources ¶", stats -> ArticleParagraphs.of(stats.sources()))
                .setComparator(Comparator.comparingInt(ItemAnalysisGrid::firstSource));
        addColumn("answered", "Answered", QuestionStats::answered).setSortable();
        ShareColumns.add(this, "first-try", "Right first try", QuestionStats::rightFirstTry);
        ShareColumns.add(this, "overall", "Right overall", QuestionStats::rightOverall);
        addColumn("review", "Review answers", QuestionStats::reviewAnswers).setSortable();
        addColumn("wrong", "Common wrong answers", ItemAnalysisGrid::wrongAnswers)
                .setComparator(Comparator.comparingInt(ItemAnalysisGrid::mostCommonWrongCount));
    }

    void show(List<QuestionStats> questions) {
        setItems(questions);
    }

    /** Shows only the questions of one lesson, or of all when empty. */
    void filterByLesson(Optional<String> lessonId) {
        setFilter(stats -> lessonId.map(stats.lessonId()::equals).orElse(true));
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
