package com.thenandnow.instructor.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.base.ui.Links;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonFile;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerNames;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InstructorViewsTest extends AbstractViewTest {

    @Autowired
    InstructorService instructors;

    @Autowired
    ProgressRecorder recorder;
    @Autowired
    QuizAttempts quizzes;
    @Autowired
    LearnerNames names;

    @AfterEach
    void logOut() {
        InstructorLogin.logOut();
    }

    /** The text shown in a component, including that of the sanitized HTML it holds (an Html keeps it as a property). */
    private static String text(Component component) {
        return component.getElement().getTextRecursively() + _find(component, Html.class).stream()
                .map(Html::getInnerHtml).collect(Collectors.joining());
    }

    @Test
    void an_anonymous_visitor_asking_for_the_instructor_area_ends_on_the_login_view() {
        UI.getCurrent().navigate(Links.INSTRUCTOR);
        _get(LoginForm.class);
        assertThat(_find(LessonsView.class)).isEmpty();
    }

    @Test
    void an_anonymous_visitor_cannot_open_a_preview_with_answer_keys() {
        UI.getCurrent().navigate(Links.preview("01-first-lesson.md"));
        _get(LoginForm.class);
        assertThat(_find(AnswerKeyBlock.class)).isEmpty();
    }

    @Test
    void the_lessons_view_lists_every_file_of_the_course_as_live() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.INSTRUCTOR);
        LessonsView view = _get(LessonsView.class);
        Course course = instructors.course();
        assertThat(course.files()).hasSize(6);
        List<FileCard> cards = _find(FileCard.class);
        assertThat(cards).extracting(card -> card.name.getText())
                .containsExactlyElementsOf(course.files().stream().map(LessonFile::fileName).toList());
        assertThat(cards).extracting(card -> _get(card, FileStatus.class).state.getText()).containsOnly("Live");
        assertThat(view.summary.getText()).startsWith("6 files: 0 errors, 0 warnings");
        assertThat(view.notice.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void every_lesson_file_links_to_its_preview() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.INSTRUCTOR);
        Anchor preview = _get(Anchor.class, spec -> spec.withText("Preview 01-first-lesson.md"));
        assertThat(preview.getHref()).isEqualTo("instructor/preview/01-first-lesson.md");
    }

    @Test
    void the_preview_shows_the_lesson_and_the_answer_key_with_every_option_feedback_and_explanation() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.preview("01-first-lesson.md"));
        assertThat(_get(H1.class).getText()).isEqualTo("Preview: The first lesson");
        List<AnswerKeyBlock> keys = _find(AnswerKeyBlock.class);
        assertThat(keys).hasSize(6);
        String firstKey = text(keys.get(0));
        assertThat(firstKey).contains("Right answer:", "Blue", "✓ right", "✗ wrong",
                "Green is the colour of grass", "On a clear day the sky is blue", "Source: ¶1 of the article");
        assertThat(text(keys.get(2))).contains("True");
        assertThat(text(keys.get(3))).contains("Paris", "Also accepted: Paris, France");
        assertThat(text(keys.get(4))).contains("1969");
    }

    @Test
    void the_right_option_is_marked_right_only_in_the_key() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.preview("01-first-lesson.md"));
        PreviewQuestion first = _find(PreviewQuestion.class).get(0);
        assertThat(text(first)).startsWith("1. Which colour is the sky on a clear day?");
        String outsideTheKey = text(first).replace(text(_get(first, AnswerKeyBlock.class)), "");
        assertThat(outsideTheKey).doesNotContain("Blue");
        assertThat(text(_get(first, AnswerKeyBlock.class))).contains("✓ right Blue");
    }

    @Test
    void a_preview_of_an_unknown_file_says_so_kindly() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.preview("99-missing.md"));
        assertThat(_get(H1.class).getText()).isEqualTo("No such file");
        assertThat(_find(AnswerKeyBlock.class)).isEmpty();
        _get(Anchor.class, spec -> spec.withText("← All lesson files"));
    }

    @Test
    void the_class_progress_shows_a_learner_once_they_have_attempted_a_quiz() {
        String name = "Vera " + UUID.randomUUID().toString().substring(0, 8);
        Lesson lesson = instructors.course().lessons().get(1);
        LearnerId vera = learner(name);
        recorder.submit(vera, quizzes.start(lesson), Map.of(3, new Response.Chosen(Set.of(0))));
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.CLASS_PROGRESS);
        LearnerGrid grid = _get(ClassProgressView.class).learners;
        int row = rowOf(grid, name);
        assertThat(grid.text(row, "completion")).isEqualTo("0 of 3 (0%)");
        assertThat(grid.text(row, "lesson-" + lesson.id())).isEqualTo("20% · 1 attempt");
        assertThat(grid.text(row, "lesson-" + instructors.course().lessons().get(0).id())).isEqualTo("–");
    }

    @Test
    void the_name_filter_hides_learners_whose_name_does_not_match() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        learner("Olga " + suffix);
        learner("Pavel " + suffix);
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.CLASS_PROGRESS);
        ClassProgressView view = _get(ClassProgressView.class);
        _setValue(view.nameFilter, "olga " + suffix);
        assertThat(view.learners.rowCount()).isEqualTo(1);
        assertThat(view.learners.text(0, "name")).isEqualTo("Olga " + suffix);
        _setValue(view.nameFilter, suffix);
        assertThat(view.learners.rowCount()).isEqualTo(2);
    }

    @Test
    void item_analysis_has_a_row_per_question_of_the_live_lessons_with_its_figures() {
        Lesson lesson = instructors.course().lessons().get(1);
        recorder.submit(learner("Item " + UUID.randomUUID().toString().substring(0, 8)), quizzes.start(lesson),
                Map.of(3, new Response.Chosen(Set.of(0)), 2, new Response.Figure("300")));
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.CLASS_PROGRESS);
        ItemAnalysisGrid items = _get(ClassProgressView.class).items;
        int questions = instructors.course().lessons().stream().mapToInt(each -> each.questions().size()).sum();
        assertThat(items.rowCount()).isEqualTo(questions);
        int year = IntStream.range(0, questions)
                .filter(i -> items.text(i, "question").equals("2. How many days does a year have, give or take one?"))
                .findFirst().orElseThrow();
        assertThat(items.text(year, "lesson")).isEqualTo(lesson.title());
        assertThat(items.text(year, "sources")).isEqualTo("¶3");
        assertThat(Integer.parseInt(items.text(year, "answered"))).isPositive();
        assertThat(items.text(year, "wrong")).contains("“300” × ");
    }

    @Test
    void the_class_progress_offers_the_csv_as_a_download_and_the_layout_a_log_out() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.CLASS_PROGRESS);
        Anchor csv = _get(Anchor.class, spec -> spec.withText("Download CSV"));
        assertThat(csv.getHref()).isEqualTo("instructor/class-progress.csv");
        assertThat(csv.isDownload()).isTrue();
        assertThat(_get(InstructorLayout.class).logout.getText()).isEqualTo("Log out");
        _get(Anchor.class, spec -> spec.withText("Learner site"));
    }

    private LearnerId learner(String name) {
        LearnerId learner = LearnerId.random();
        names.rename(learner, name);
        return learner;
    }

    private static int rowOf(LearnerGrid grid, String name) {
        return IntStream.range(0, grid.rowCount()).filter(i -> grid.rowTexts(i).get(0).equals(name))
                .findFirst().orElseThrow();
    }
}
