package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgressViewTest extends AbstractViewTest {

    @Autowired
    LessonLibrary library;
    @Autowired
    ProgressRecorder recorder;
    @Autowired
    QuizAttempts quizzes;

    @Test
    void a_new_learner_sees_every_lesson_and_an_empty_review_list() {
        UI.getCurrent().navigate("progress");
        ProgressView view = _get(ProgressView.class);

        assertThat(view.lessons.rowCount()).isEqualTo(library.course().lessons().size());
        assertThat(view.lessons.rowTexts(0)).endsWith("Not started", "0", "–", "–", "–");
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Nothing yet. Questions you miss in a quiz will be listed here, with a link back to their lesson."))).hasSize(1);
    }

    @Test
    void an_attempt_shows_its_scores_and_the_questions_to_review() {
        UI.getCurrent().navigate("");
        Lesson lesson = library.lesson("first-lesson").orElseThrow();
        QuizAttempt attempt = quizzes.start(lesson);
        recorder.submit(CurrentLearner.id(), attempt, Map.of(1, Response.BLANK));

        UI.getCurrent().navigate("progress");
        ProgressView view = _get(ProgressView.class);

        assertThat(view.lessons.rowTexts(0)).endsWith("Quiz not passed yet", "1", "0%", "0%", "–");
        assertThat(_find(view.review, ListItem.class)).hasSize(lesson.questions().size());
        assertThat(_find(view.review, ListItem.class).get(0).getElement().getTextRecursively())
                .contains(lesson.title(), "Question 1: " + lesson.questions().get(0).text().prompt(), "Not answered");
    }
}
