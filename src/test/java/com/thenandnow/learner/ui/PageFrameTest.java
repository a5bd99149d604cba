package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.quiz.ui.QuestionCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

/** What assistive technology meets around and on learner pages: landmarks, the phone menu, what is announced. */
class PageFrameTest extends AbstractViewTest {

    @Test
    void the_view_is_the_main_landmark_and_the_nav_marks_the_current_page() {
        UI.getCurrent().navigate("progress");

        assertThat(_get(ProgressView.class).getElement().getAttribute("role")).isEqualTo("main");
        assertThat(navLink("My progress").getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(navLink("Course").getElement().hasAttribute("aria-current")).isFalse();
    }

    @Test
    void the_menu_button_says_whether_the_menu_is_shown_and_going_to_another_page_folds_it() {
        UI.getCurrent().navigate("");
        Button menu = _get(Button.class, spec -> spec.withClasses("menu-button"));
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        _click(menu);
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        UI.getCurrent().navigate("progress");
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void checking_a_quiz_announces_one_summary_of_how_each_question_went() {
        UI.getCurrent().navigate("lessons/first-lesson/quiz");
        int questions = _find(QuestionCard.class).size();
        _click(_get(Button.class, spec -> spec.withText("Check answers")));

        assertThat(_get(Div.class, spec -> spec.withClasses("announcer")).getElement().getTextRecursively())
                .isEqualTo("Answers checked. Your score: 0%, not passed yet. " + questions + " questions not fully right, listed first.");
    }

    @Test
    void answering_announces_nothing_the_answered_count_is_no_live_region() {
        UI.getCurrent().navigate("lessons/first-lesson/quiz");
        QuizView view = _get(QuizView.class);

        assertThat(_find(view.footer, Component.class)).noneMatch(component -> component.getElement().hasAttribute("aria-live")
                || "status".equals(component.getElement().getAttribute("role")));
        assertThat(view.footer.getElement().getTextRecursively()).contains("answered");
    }

    private static Anchor navLink(String text) {
        return _get(Anchor.class, spec -> spec.withText(text));
    }
}
