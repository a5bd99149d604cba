package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgressViewTest extends AbstractViewTest {

    @Autowired
    LessonLibrary library;
    @Autowired
    ProgressRecorder recorder;
    @Autowired
    QuizAttempts quizzes;
    @Autowired
    ProgressStore store;

    @Test
    void a_new_learner_sees_every_lesson_and_an_empty_review_list() {
        UI.getCurrent().navigate("progress");
        ProgressView view = _get(ProgressView.class);

        assertThat(view.lessons.rowCount()).isEqualTo(library.course().lessons().size());
        assertThat(view.lessons.rowTexts(0)).endsWith("Not started", "0", "–", "–", "–");
        assertThat(view.reviewStatus.getText())
                .isEqualTo("Nothing yet. Questions you miss in a quiz will be listed here, with a link to review them.");
        assertThat(_find(MasteryList.class)).isEmpty();
    }

    @Test
    void questions_missed_are_grouped_by_lesson_with_the_last_answer_the_right_answer_and_a_link_into_review() {
        UI.getCurrent().navigate("");
        Lesson lesson = library.lesson("first-lesson").orElseThrow();
        QuizAttempt attempt = quizzes.start(lesson);
        recorder.submit(CurrentLearner.id(), attempt, Map.of(1, new Response.Chosen(Set.of(1))));

        UI.getCurrent().navigate("progress");
        ProgressView view = _get(ProgressView.class);

        assertThat(view.lessons.rowTexts(0)).endsWith("Quiz not passed yet", "1", "0%", "0%", "–");
        assertThat(view.reviewStatus.getElement().getTextRecursively()).isEqualTo("6 questions to master, 0 due now. Review now");
        MasteryList list = _get(MasteryList.class);
        assertThat(_get(list, H3.class).getText()).isEqualTo(lesson.title());
        List<ListItem> items = _find(list, ListItem.class);
        assertThat(items).hasSize(lesson.questions().size());
        assertThat(items.get(0).getElement().getTextRecursively()).contains(
                "Question 1: " + lesson.questions().get(0).text().prompt(), "Your last answer: Green (Wrong)",
                "Right answer: Blue", "Next review: ");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("Your last answer: none (Not answered)");
        assertThat(_get(items.get(0), Anchor.class).getHref()).isEqualTo("review?lesson=first-lesson&question=1");
    }

    /** Karibu's browser answers the page's question at the next round trip, with a zone of its own. */
    @Test
    void times_are_in_the_browsers_zone_and_the_page_names_it() {
        UI.getCurrent().navigate("progress");
        MockVaadin.clientRoundtrip();
        String browserZone = UI.getCurrent().getInternals().getExtendedClientDetails().getTimeZoneId();
        assertThat(_get(ProgressView.class).zoneNote.getText()).isEqualTo("Times are in " + browserZone + ".");
    }

    @Test
    void forget_me_asks_first_and_cancelling_keeps_everything() {
        UI.getCurrent().navigate("");
        LearnerId me = CurrentLearner.id();
        recorder.markRead(me, library.lesson("first-lesson").orElseThrow());
        UI.getCurrent().navigate("progress");
        _click(_get(ProgressView.class).forgetMe.forget);
        _fireCancel(_get(ConfirmDialog.class));
        assertThat(store.progress(me).isEmpty()).isFalse();
        assertThat(CurrentLearner.id()).isEqualTo(me);
    }

    @Test
    void forget_me_erases_this_learner_only_and_unties_the_browser_from_them() {
        LearnerId me = CurrentLearner.id();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.addCookie(new Cookie(CurrentLearner.COOKIE, me.value()));
        request.addCookie(new Cookie(CurrentLearner.GUEST_COOKIE, "yes"));
        Lesson lesson = library.lesson("first-lesson").orElseThrow();
        recorder.markRead(me, lesson);
        LearnerId other = LearnerId.random();
        recorder.markRead(other, lesson);
        UI.getCurrent().navigate("progress");

        _click(_get(ProgressView.class).forgetMe.forget);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(store.progress(me).isEmpty()).isTrue();
        assertThat(store.progress(other).isEmpty()).isFalse();
        LearnerId next = CurrentLearner.id();
        assertThat(next).isNotEqualTo(me);
        assertThat(CurrentLearner.hasChosenGuest()).isFalse();
        FakeResponse response = (FakeResponse) VaadinServletResponse.getCurrent().getResponse();
        assertThat(lastCookie(response, CurrentLearner.COOKIE).getValue()).isEqualTo(next.value());
        assertThat(lastCookie(response, CurrentLearner.GUEST_COOKIE).getMaxAge()).isZero();
    }

    private static Cookie lastCookie(FakeResponse response, String name) {
        return response.getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .reduce((earlier, later) -> later).orElseThrow();
    }
}
