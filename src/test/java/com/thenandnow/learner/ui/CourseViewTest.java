package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.quiz.ui.QuizAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
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

    @Test
    void a_newcomer_is_offered_to_start_the_first_lesson_above_the_welcome_details_and_the_lessons() {
        UI.getCurrent().navigate("");
        CourseView view = _get(CourseView.class);
        ContinueCard card = view.continueCard.orElseThrow();

        assertThat(card.action.getText()).isEqualTo("Start: The first lesson");
        assertThat(card.action.getHref()).isEqualTo("lessons/first-lesson");
        assertThat(view.about.getSummaryText()).isEqualTo("About this course");
        assertThat(view.about.isOpened()).isFalse();
        assertThat(view.about.getElement().getTextRecursively()).contains("Source: A made-up article, 1 January 2024");
        List<Component> order = view.getChildren().toList();
        assertThat(order.indexOf(card)).isLessThan(order.indexOf(view.about)).isLessThan(order.indexOf(view.lessons));
    }

    @Test
    void a_returning_learner_continues_the_lesson_read_then_the_quiz_left_unfinished() {
        UI.getCurrent().navigate("lessons/first-lesson");
        UI.getCurrent().navigate("");
        assertThat(continueText()).isEqualTo("Continue: The first lesson — take the quiz");

        QuizAnswers.answerRight(QuizSteps.open("second-lesson").get(0));
        UI.getCurrent().navigate("");
        assertThat(continueText()).isEqualTo("Continue: The second lesson — your quiz, 1 answered");
    }

    @Test
    void questions_due_for_review_are_offered_and_counted() {
        QuizSteps.passMissingTheFirst("first-lesson");
        UI.getCurrent().navigate("");
        assertThat(continueText()).isEqualTo("Continue: The second lesson — start reading");

        clock.advance(Duration.ofDays(1));
        UI.getCurrent().navigate("lessons/first-lesson");
        UI.getCurrent().navigate("");
        assertThat(continueText()).isEqualTo("Continue: Review — 1 question due");
        assertThat(_get(CourseView.class).continueCard.orElseThrow().action.getHref()).isEqualTo("review");
    }

    @Test
    void a_learner_who_passed_every_lesson_sees_the_course_complete() {
        QuizSteps.pass("first-lesson");
        QuizSteps.pass("second-lesson");
        QuizSteps.pass("third-lesson");
        UI.getCurrent().navigate("");

        assertThat(continueText()).isEqualTo("Course complete: see your certificate");
        assertThat(_get(CourseView.class).progressText.getText()).isEqualTo("Course complete: all 3 lessons passed");
    }

    private static String continueText() {
        return _get(CourseView.class).continueCard.orElseThrow().action.getText();
    }
}
