package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.progress.CourseStanding;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompleteViewTest extends AbstractViewTest {

    @Autowired
    CourseStanding standing;

    @Test
    void before_every_lesson_is_passed_the_page_says_how_far_the_learner_is() {
        QuizSteps.pass("first-lesson");
        UI.getCurrent().navigate("complete");

        assertThat(_get(H1.class).getText()).isEqualTo("Course not complete yet");
        assertThat(_find(Certificate.class)).isEmpty();
    }

    @Test
    void passing_the_last_quiz_leads_to_the_summary_what_to_do_next_and_a_certificate_with_the_learners_name() {
        QuizSteps.pass("first-lesson");
        QuizSteps.passMissingTheFirst("second-lesson");
        QuizSteps.pass("third-lesson");

        _click(_get(Button.class, spec -> spec.withText("Course complete: see your certificate")));

        CompleteView view = _get(CompleteView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Course complete");
        assertThat(_find(view.summary, ListItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .contains("Lessons passed: 3 of 3", "Questions mastered: 13 of 14")
                .anySatisfy(text -> assertThat(text).startsWith("Time spent: "));
        assertThat(view.getElement().getTextRecursively()).contains("1 question still to master: your next review is on ",
                "Read the article the course is built on", "A made-up article, 1 January 2024");
        Certificate certificate = _get(Certificate.class);
        assertThat(certificate.name.getText()).isEqualTo(standing.progress(CurrentLearner.id()).shownName());
        assertThat(certificate.getElement().getTextRecursively()).contains("Certificate of completion", "Fixture Course");
        assertThat(view.print.getText()).isEqualTo("Print the certificate");
    }
}
