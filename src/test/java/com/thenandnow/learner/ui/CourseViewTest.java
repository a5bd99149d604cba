package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.CourseStanding;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CourseViewTest extends AbstractViewTest {

    @Autowired
    LessonLibrary library;
    @Autowired
    CourseStanding progress;

    @Test
    void home_lists_every_lesson_in_course_order_with_its_state() {
        UI.getCurrent().navigate("");
        List<LessonCard> cards = _find(LessonCard.class);
        List<Lesson> lessons = library.course().lessons();

        assertThat(cards).hasSize(lessons.size());
        for (int i = 0; i < cards.size(); i++) {
            assertThat(_get(cards.get(i), Anchor.class).getText()).isEqualTo(lessons.get(i).title());
        }
        assertThat(cards.get(0).state.getText()).isEqualTo("Not started");
        assertThat(cards.get(cards.size() - 1).state.getText()).startsWith("Locked · pass ");
        assertThat(_get(CourseView.class).progressText.getText()).isEqualTo("0 of " + lessons.size() + " lessons passed");
    }

    @Test
    void home_shows_read_lessons_and_course_progress() {
        Lesson first = library.course().lessons().get(0);
        UI.getCurrent().navigate("lessons/" + first.id());
        UI.getCurrent().navigate("");

        assertThat(_find(LessonCard.class).get(0).state.getText()).isEqualTo("Read");
        assertThat(_get(CourseView.class).progressBar.getValue()).isZero();
        assertThat(progress.progress(CurrentLearner.id()).lesson(first.id()).isRead()).isTrue();
    }
}
