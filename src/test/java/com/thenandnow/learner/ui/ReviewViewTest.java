package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.ui.QuizAnswers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends AbstractViewTest {

    @Autowired
    CourseStanding standing;
    @Autowired
    LessonLibrary library;

    /** Opens the page afresh (from home), as the address with its query would. */
    private static ReviewView openReview(String address) {
        UI.getCurrent().navigate("");
        String[] parts = address.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
        return _get(ReviewView.class);
    }

    private static String verdict() {
        return _get(_get(QuestionCard.class), Span.class, spec -> spec.withClasses("verdict")).getText();
    }

    @Test
    void a_newcomer_has_nothing_to_review_and_is_told_how_review_works() {
        ReviewView view = openReview("review");

        assertThat(view.status.getText()).startsWith("Nothing to review. A question you miss in a quiz comes back here the next day");
        assertThat(_find(QuestionCard.class)).isEmpty();
    }

    @Test
    void a_question_missed_today_is_not_due_until_tomorrow_then_asked_and_moved_to_the_next_box_when_right() {
        QuizSteps.passMissingTheFirst("first-lesson");
        assertThat(openReview("review").status.getText()).startsWith("Nothing due now. Your next review: ");
        assertThat(_get(MainLayout.class).reviewLink.getText()).isEqualTo("Review");

        clock.advance(Duration.ofDays(1));
        ReviewView view = openReview("review");
        assertThat(_get(MainLayout.class).reviewLink.getText()).isEqualTo("Review (1 due)");
        assertThat(view.position.getText()).isEqualTo("Question 1 of 1 · The first lesson");

        QuizAnswers.answerRight(_get(QuestionCard.class));
        _click(view.check);

        assertThat(verdict()).isEqualTo("Right");
        assertThat(standing.review(CurrentLearner.id(), library.course()).dueCount()).isZero();
        assertThat(standing.progress(CurrentLearner.id()).lesson("first-lesson").review().get(0).box()).isEqualTo(2);
        assertThat(view.next.getText()).isEqualTo("Finish review");
        assertThat(_get(MainLayout.class).reviewLink.getText()).isEqualTo("Review");
        _click(view.next);
        assertThat(view.status.getText()).isEqualTo("1 of 1 right. ");
    }

    @Test
    void a_wrong_answer_in_review_brings_the_question_back_the_next_day() {
        QuizSteps.passMissingTheFirst("first-lesson");
        clock.advance(Duration.ofDays(1));
        ReviewView view = openReview("review");

        QuizAnswers.answerWrong(_get(QuestionCard.class));
        _click(view.check);

        assertThat(verdict()).isEqualTo("Wrong");
        assertThat(openReview("review").status.getText()).startsWith("Nothing due now.");
        clock.advance(Duration.ofDays(1));
        assertThat(openReview("review").position.getText()).isEqualTo("Question 1 of 1 · The first lesson");
    }

    @Test
    void a_link_from_my_progress_opens_that_question_first_even_before_it_is_due() {
        QuizSteps.passMissingTheFirst("second-lesson");

        ReviewView view = openReview("review?lesson=second-lesson&question=1");

        assertThat(view.position.getText()).isEqualTo("Question 1 of 1 · The second lesson");
        assertThat(view.intro.getText()).startsWith("Nothing is due: this question comes early");
        assertThat(_get(QuestionCard.class).number()).isEqualTo(1);
    }

    @Test
    void a_link_to_a_question_not_in_the_queue_opens_review_as_usual() {
        ReviewView view = openReview("review?lesson=second-lesson&question=99");

        assertThat(view.status.getText()).startsWith("Nothing to review.");
    }
}
