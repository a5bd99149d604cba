package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LessonViewTest extends AbstractViewTest {

    @Autowired
    LessonLibrary library;

    @Test
    void a_lesson_shows_its_body_reading_time_and_sources() {
        UI.getCurrent().navigate("lessons/first-lesson");
        Lesson lesson = library.lesson("first-lesson").orElseThrow();

        assertThat(_get(LessonFacts.class).getText()).startsWith(lesson.minutes() + " min read · Based on ¶");
        assertThat(_find(Html.class).stream().map(html -> html.getInnerHtml()))
                .anySatisfy(body -> assertThat(body).isEqualTo(lesson.bodyHtml()));
    }

    @Test
    void take_the_quiz_opens_the_quiz() {
        UI.getCurrent().navigate("lessons/first-lesson");
        _click(_get(Button.class, spec -> spec.withText("Take the quiz")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("lessons/first-lesson/quiz");
    }

    @Test
    void a_locked_lesson_links_to_the_lessons_to_pass_first() {
        UI.getCurrent().navigate("lessons/third-lesson");
        LockedNotice notice = _get(LockedNotice.class);

        assertThat(_find(notice, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("lessons/first-lesson", "lessons/second-lesson");
        assertThat(_find(Button.class, spec -> spec.withText("Take the quiz"))).isEmpty();
    }

    @Test
    void an_unknown_lesson_shows_a_friendly_not_found_page() {
        UI.getCurrent().navigate("lessons/no-such-lesson");

        assertThat(_get(NotFoundView.class).isVisible()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Back to the course")).getHref()).isEqualTo(".");
    }
}
