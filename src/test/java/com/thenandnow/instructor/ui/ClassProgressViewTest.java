package com.thenandnow.instructor.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
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

    /** The row whose first cell (the name, or the question) starts with {@code text}. */
    private static int rowOf(ResponsiveTable<?> table, String text) {
        return IntStream.range(0, table.rowCount()).filter(i -> table.rowTexts(i).get(0).startsWith(text))
                .findFirst().orElseThrow();
    }

    private static Anchor link(ResponsiveTable<?> table, String text) {
        return _get(table, Anchor.class, spec -> spec.withText(text));
    }

    @Test
    void a_learner_shows_once_they_have_attempted_a_quiz_with_best_attempts_and_passed_per_lesson() {
        String name = "Vera " + suffix;
        attempt(learner(name), lesson(1), Map.of(3, new Response.Chosen(Set.of(0))));
        LearnerGrid grid = open("").learners;
        int row = rowOf(grid, name);
        assertThat(grid.text(row, "completion")).isEqualTo("0 of 3 (0%)");
        assertThat(grid.text(row, "lesson-" + lesson(1).id())).isEqualTo("20% · 1" + "Best 20%, 1 attempt, not passed yet");
        assertThat(grid.text(row, "lesson-" + lesson(0).id())).isEqualTo("–" + "Not started");
    }

    @Test
    void a_learners_name_links_to_their_page_keeping_the_filter() {
        LearnerId olga = learner("Olga " + suffix);
        LearnerGrid grid = open(suffix).learners;
        Anchor link = link(grid, "Olga " + suffix);
        assertThat(link.getHref()).isEqualTo("instructor/learners/" + olga + "?name=" + suffix.replace(" ", "+"));
    }

    @Test
    void the_name_filter_applies_to_the_learners_the_lesson_summary_the_item_analysis_and_the_downloads() {
        attempt(learner("Olga " + suffix), lesson(0), Map.of(1, new Response.Chosen(Set.of(0))));
        attempt(learner("Pavel " + suffix), lesson(0), Map.of(1, new Response.Chosen(Set.of(1))));
        ClassProgressView view = open("");
        _setValue(view.nameFilter, "olga " + suffix);
        assertThat(view.learners.rowCount()).isEqualTo(1);
        assertThat(view.learners.text(0, "name")).isEqualTo("Olga " + suffix);
        assertThat(view.lessons.text(0, "attempted")).isEqualTo("100% (1 of 1)");
        assertThat(view.items.grid.text(0, "first-try")).isEqualTo("100% (1 of 1)");
        assertThat(view.exports.classCsv.getHref()).contains("name=olga+" + suffix.replace(" ", "+"));
        assertThat(view.overview.getText()).startsWith("1 learner whose name contains “olga " + suffix + "”.");
        _setValue(view.nameFilter, suffix);
        assertThat(view.learners.rowCount()).isEqualTo(2);
        assertThat(view.items.grid.text(0, "first-try")).isEqualTo("50% (1 of 2)");
    }

    @Test
    void the_filter_comes_from_the_address() {
        learner("Irina " + suffix);
        ClassProgressView view = open(suffix);
        assertThat(view.nameFilter.getValue()).isEqualTo(suffix);
        assertThat(view.learners.rowCount()).isEqualTo(1);
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
        assertThat(view.lessons.rowCount()).isEqualTo(instructors.course().lessons().size());
        assertThat(view.lessons.text(1, "lesson")).isEqualTo(lesson(1).title());
        assertThat(view.lessons.text(1, "started")).isEqualTo("100% (2 of 2)");
        assertThat(view.lessons.text(1, "read")).isEqualTo("50% (1 of 2)");
        assertThat(view.lessons.text(1, "attempted")).isEqualTo("50% (1 of 2)");
        assertThat(view.lessons.text(1, "passed")).isEqualTo("0% (0 of 2)");
        assertThat(view.lessons.text(1, "mean-best")).isEqualTo("40%");
        assertThat(view.lessons.text(1, "median-attempts")).isEqualTo("2");
    }

    @Test
    void a_large_class_shows_fifty_learners_at_a_time_sorted_and_filtered_as_a_whole() {
        IntStream.range(0, LearnerGrid.PAGE_SIZE + 2).forEach(i -> learner(String.format("Many %s %03d", suffix, i)));
        LearnerGrid grid = open(suffix).learners;
        assertThat(grid.rowCount()).isEqualTo(LearnerGrid.PAGE_SIZE);
        assertThat(grid.matchingCount()).isEqualTo(LearnerGrid.PAGE_SIZE + 2);
        assertThat(grid.text(0, "name")).isEqualTo(String.format("Many %s 000", suffix));
        assertThat(_get(grid, Span.class, spec -> spec.withClasses("table-range")).getText()).isEqualTo("1–50 of 52 learners");
        _click(_get(grid, NativeButton.class, spec -> spec.withText("Next 2 →")));
        assertThat(grid.rowCount()).isEqualTo(2);
        assertThat(grid.text(1, "name")).isEqualTo(String.format("Many %s 051", suffix));
        assertThat(_get(grid, NativeButton.class, spec -> spec.withText("Next →")).isEnabled()).isFalse();

        _click(_get(grid, NativeButton.class, spec -> spec.withText("Learner")));
        _click(_get(grid, NativeButton.class, spec -> spec.withText("Learner")));
        assertThat(grid.text(0, "name")).as("sorting descending starts again on the first page, over every learner")
                .isEqualTo(String.format("Many %s 051", suffix));
    }

    @Test
    void item_analysis_puts_the_count_beside_each_share_and_links_each_question_to_its_preview() {
        Lesson second = lesson(1);
        attempt(learner("Item " + suffix), second, Map.of(3, new Response.Chosen(Set.of(0)), 2, new Response.Figure("300")));
        ItemAnalysisGrid items = open(suffix).items.grid;
        String prompt = "2. How many days does a year have, give or take one?";
        int year = rowOf(items, prompt);
        assertThat(items.text(year, "lesson")).isEqualTo(second.title());
        assertThat(items.text(year, "sources")).isEqualTo("¶3");
        assertThat(items.text(year, "answered")).isEqualTo("1");
        assertThat(items.text(year, "first-try")).isEqualTo("0% (0 of 1)");
        assertThat(_find(items, Span.class, spec -> spec.withText("0% (0 of 1)")))
                .allSatisfy(share -> assertThat(share.getElement().getAttribute("title")).isEqualTo("0 of 1, 0%"));
        assertThat(items.text(year, "wrong")).isEqualTo("“300” × 1");
        assertThat(link(items, prompt).getHref()).isEqualTo("instructor/preview/" + second.fileName() + "?question=2");
    }

    @Test
    void the_lesson_filter_keeps_only_that_lessons_questions() {
        ClassProgressView view = open(suffix);
        _setValue(view.items.lesson, lesson(2));
        assertThat(view.items.grid.rowCount()).isEqualTo(lesson(2).questions().size());
        assertThat(IntStream.range(0, view.items.grid.rowCount()).mapToObj(i -> view.items.grid.text(i, "lesson")))
                .containsOnly(lesson(2).title());
        _setValue(view.items.lesson, null);
        assertThat(view.items.grid.rowCount()).isEqualTo(instructors.course().lessons().stream()
                .mapToInt(lesson -> lesson.questions().size()).sum());
    }

    @Test
    void a_question_most_learners_missed_on_the_first_try_is_flagged_with_the_paragraph_it_cites() {
        IntStream.range(0, 3).forEach(i ->
                attempt(learner("Miss " + suffix + " " + i), lesson(1), Map.of(3, new Response.Chosen(Set.of(1)))));
        ClassProgressView view = open(suffix);
        ItemAnalysisGrid items = view.items.grid;
        int planet = rowOf(items, "3. " + lesson(1).questions().get(2).text().prompt());
        assertThat(items.text(planet, "question")).endsWith("Needs attention · see ¶3");
        assertThat(_find(items, Span.class, spec -> spec.withClasses("needs-attention-flag")))
                .hasSize(lesson(1).questions().size());
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
