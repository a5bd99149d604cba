package com.thenandnow.instructor.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.base.ui.Links;
import com.thenandnow.instructor.LearnerSummary;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClassProgressViewTest extends InstructorViewTest {

    private final String suffix = unique("class");

    private ClassProgressView open(String filter) {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.CLASS_PROGRESS, QueryParameters.of(ClassProgressView.NAME_PARAMETER, filter));
        return _get(ClassProgressView.class);
    }

    private static int rowOf(LearnerGrid grid, String name) {
        return IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_learner_shows_once_they_have_attempted_a_quiz_with_best_attempts_and_passed_per_lesson() {
        String name = "Vera " + suffix;
        attempt(learner(name), lesson(1), Map.of(3, new Response.Chosen(Set.of(0))));
        LearnerGrid grid = open("").learners;
        int row = rowOf(grid, name);
        assertThat(_getFormatted(grid, row, "completion")).isEqualTo("0 of 3 (0%)");
        assertThat(_getFormatted(grid, row, "lesson-" + lesson(1).id())).isEqualTo("20% · 1");
        assertThat(_getFormatted(grid, row, "lesson-" + lesson(0).id())).isEqualTo("–");
    }

    @Test
    void a_learners_name_links_to_their_page_keeping_the_filter() {
        LearnerId olga = learner("Olga " + suffix);
        LearnerGrid grid = open(suffix).learners;
        Anchor link = (Anchor) _getCellComponent(grid, 0, "name");
        assertThat(link.getText()).isEqualTo("Olga " + suffix);
        assertThat(link.getHref()).isEqualTo("instructor/learners/" + olga + "?name=" + suffix.replace(" ", "+"));
    }

    @Test
    void the_name_filter_applies_to_the_learners_the_lesson_summary_the_item_analysis_and_the_downloads() {
        attempt(learner("Olga " + suffix), lesson(0), Map.of(1, new Response.Chosen(Set.of(0))));
        attempt(learner("Pavel " + suffix), lesson(0), Map.of(1, new Response.Chosen(Set.of(1))));
        ClassProgressView view = open("");
        _setValue(view.nameFilter, "olga " + suffix);
        assertThat(_size(view.learners)).isEqualTo(1);
        assertThat(_get(view.learners, 0).name()).isEqualTo("Olga " + suffix);
        assertThat(_getFormatted(view.lessons, 0, "attempted")).isEqualTo("100% (1 of 1)");
        assertThat(_getFormatted(view.items.grid, 0, "first-try")).isEqualTo("100% (1 of 1)");
        assertThat(view.exports.classCsv.getHref()).contains("name=olga+" + suffix.replace(" ", "+"));
        assertThat(view.overview.getText()).startsWith("1 learner whose name contains “olga " + suffix + "”.");
        _setValue(view.nameFilter, suffix);
        assertThat(_size(view.learners)).isEqualTo(2);
        assertThat(_getFormatted(view.items.grid, 0, "first-try")).isEqualTo("50% (1 of 2)");
    }

    @Test
    void the_filter_comes_from_the_address() {
        learner("Irina " + suffix);
        ClassProgressView view = open(suffix);
        assertThat(view.nameFilter.getValue()).isEqualTo(suffix);
        assertThat(_size(view.learners)).isEqualTo(1);
    }

    @Test
    void a_filter_that_matches_nobody_says_so() {
        ClassProgressView view = open("nobody " + suffix);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("No learner's name contains “nobody " + suffix + "”.");
    }

    @Test
    void the_lesson_summary_has_a_row_per_live_lesson_with_its_counts_mean_and_median() {
        LearnerId anna = learner("Anna " + suffix);
        attempt(anna, lesson(1), Map.of(3, new Response.Chosen(Set.of(0))));
        attempt(anna, lesson(1), Map.of(3, new Response.Chosen(Set.of(0)), 4, new Response.Truth(true)));
        recorder.markRead(learner("Boris " + suffix), lesson(1));
        ClassProgressView view = open(suffix);
        assertThat(_size(view.lessons)).isEqualTo(instructors.course().lessons().size());
        assertThat(_getFormatted(view.lessons, 1, "lesson")).isEqualTo(lesson(1).title());
        assertThat(_getFormatted(view.lessons, 1, "started")).isEqualTo("100% (2 of 2)");
        assertThat(_getFormatted(view.lessons, 1, "read")).isEqualTo("50% (1 of 2)");
        assertThat(_getFormatted(view.lessons, 1, "attempted")).isEqualTo("50% (1 of 2)");
        assertThat(_getFormatted(view.lessons, 1, "passed")).isEqualTo("0% (0 of 2)");
        assertThat(_getFormatted(view.lessons, 1, "mean-best")).isEqualTo("40%");
        assertThat(_getFormatted(view.lessons, 1, "median-attempts")).isEqualTo("2");
    }

    @Test
    void a_large_class_is_fetched_lazily_in_a_grid_of_fixed_height() {
        IntStream.range(0, GridHeights.WHOLE_UP_TO + 1).forEach(i -> learner("Many " + suffix + " " + i));
        ClassProgressView view = open(suffix);
        assertThat(view.learners.getDataProvider()).isNotInstanceOf(ListDataProvider.class);
        assertThat(view.learners.isAllRowsVisible()).isFalse();
        assertThat(view.learners.getHeight()).isEqualTo("32rem");
        assertThat(_size(view.learners)).isEqualTo(GridHeights.WHOLE_UP_TO + 1);
    }

    @Test
    void item_analysis_puts_the_count_beside_each_share_and_links_each_question_to_its_preview() {
        Lesson second = lesson(1);
        attempt(learner("Item " + suffix), second, Map.of(3, new Response.Chosen(Set.of(0)), 2, new Response.Figure("300")));
        ItemAnalysisGrid items = open(suffix).items.grid;
        int year = IntStream.range(0, _size(items)).filter(i -> _get(items, i).lessonId().equals(second.id())
                && _get(items, i).questionNumber() == 2).findFirst().orElseThrow();
        assertThat(_getFormatted(items, year, "lesson")).isEqualTo(second.title());
        assertThat(_getFormatted(items, year, "sources")).isEqualTo("¶3");
        assertThat(_getFormatted(items, year, "answered")).isEqualTo("1");
        assertThat(_getFormatted(items, year, "first-try")).isEqualTo("0% (0 of 1)");
        assertThat(_getFormatted(items, year, "wrong")).isEqualTo("“300” × 1");
        Anchor link = _get((Div) _getCellComponent(items, year, "question"), Anchor.class, spec -> { });
        assertThat(link.getText()).isEqualTo("2. How many days does a year have, give or take one?");
        assertThat(link.getHref()).isEqualTo("instructor/preview/" + second.fileName() + "?question=2");
    }

    @Test
    void the_lesson_filter_keeps_only_that_lessons_questions() {
        ClassProgressView view = open(suffix);
        _setValue(view.items.lesson, lesson(2));
        assertThat(_size(view.items.grid)).isEqualTo(lesson(2).questions().size());
        assertThat(IntStream.range(0, _size(view.items.grid)).mapToObj(i -> _get(view.items.grid, i).lessonId()))
                .containsOnly(lesson(2).id());
        _setValue(view.items.lesson, null);
        assertThat(_size(view.items.grid)).isEqualTo(instructors.course().lessons().stream()
                .mapToInt(lesson -> lesson.questions().size()).sum());
    }

    @Test
    void a_question_most_learners_missed_on_the_first_try_is_flagged_with_the_paragraph_it_cites() {
        IntStream.range(0, 3).forEach(i ->
                attempt(learner("Miss " + suffix + " " + i), lesson(1), Map.of(3, new Response.Chosen(Set.of(1)))));
        ClassProgressView view = open(suffix);
        ItemAnalysisGrid items = view.items.grid;
        int planet = IntStream.range(0, _size(items)).filter(i -> _get(items, i).lessonId().equals(lesson(1).id())
                && _get(items, i).questionNumber() == 3).findFirst().orElseThrow();
        Div cell = (Div) _getCellComponent(items, planet, "question");
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("needs-attention-flag")).getText())
                .isEqualTo("Needs attention · see ¶3");
        assertThat(view.items.attention.getText()).startsWith(lesson(1).questions().size() + " questions marked “Needs attention”");
    }

    @Test
    void both_downloads_carry_the_filter_the_zone_and_the_byte_order_mark_choice() {
        ClassProgressView view = open(suffix);
        String query = "?name=" + suffix.replace(" ", "+") + "&zone=" + browserZone().getId().replace("/", "%2F") + "&bom=";
        assertThat(view.exports.classCsv.getHref()).isEqualTo("instructor/class-progress.csv" + query + "true");
        assertThat(view.exports.responsesCsv.getHref()).isEqualTo("instructor/responses.csv" + query + "true");
        assertThat(view.exports.classCsv.isDownload()).isTrue();
        _setValue(view.exports.byteOrderMark, false);
        assertThat(view.exports.responsesCsv.getHref()).endsWith("&bom=false");
        assertThat(view.overview.getText()).endsWith("Times are in " + browserZone().getId() + ".");
    }

    @Test
    void an_anonymous_visitor_gets_the_login_form_not_the_class() {
        UI.getCurrent().navigate(Links.CLASS_PROGRESS);
        assertThat(_find(ClassProgressView.class)).isEmpty();
    }
}
