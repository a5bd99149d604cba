package com.thenandnow.instructor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.LessonFile;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InstructorViewsTest extends InstructorViewTest {

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
    void a_preview_question_is_an_anchor_that_can_take_focus() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.preview("01-first-lesson.md"), QueryParameters.of(PreviewView.QUESTION_PARAMETER, "2"));
        PreviewQuestion second = _find(PreviewQuestion.class).get(1);
        assertThat(second.getId()).contains("question-2");
        assertThat(second.getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void the_layout_offers_a_log_out_and_the_way_back_to_the_learner_site() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.INSTRUCTOR);
        assertThat(_get(InstructorLayout.class).logout.getText()).isEqualTo("Log out");
        _get(Anchor.class, spec -> spec.withText("Learner site"));
    }

    @Test
    void times_are_shown_in_the_browsers_zone_with_the_zone_named() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate(Links.INSTRUCTOR);
        String loaded = ShownTime.of(instructors.course().loadedAt(), browserZone());
        assertThat(_get(LessonsView.class).summary.getText()).endsWith(" · loaded " + loaded);
        assertThat(loaded).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [A-Z+0-9:]+");
    }
}
