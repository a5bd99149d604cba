package com.thenandnow.instructor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LearnerViewTest extends InstructorViewTest {

    @Autowired
    ProgressStore store;

    private final String name = unique("Zoë");
    private LearnerId zoe;

    @BeforeEach
    void zoeTookTheFirstQuizTwice() {
        zoe = learner(name);
        recorder.markRead(zoe, lesson(0));
        attempt(zoe, lesson(0), Map.of(1, new Response.Chosen(Set.of(1))));
        attempt(zoe, lesson(0), Map.of(1, new Response.Chosen(Set.of(0)), 3, new Response.Truth(true)));
    }

    private LearnerView open(LearnerId learner, String filter) {
        InstructorLogin.logIn();
        UI.getCurrent().navigate("instructor/learners/" + learner, QueryParameters.of(ClassProgressView.NAME_PARAMETER, filter));
        return _get(LearnerView.class);
    }

    @Test
    void the_page_lists_every_live_lesson_and_opens_those_with_attempts() {
        open(zoe, "");
        assertThat(_get(H1.class).getText()).isEqualTo(name);
        List<LessonHistory> lessons = _find(LessonHistory.class);
        assertThat(lessons).hasSize(instructors.course().lessons().size());
        assertThat(lessons.get(0).getSummary().getElement().getTextRecursively()).isEqualTo(lesson(0).title() + " — Best 33%, 2 attempts, not passed yet");
        assertThat(lessons.get(0).isOpened()).isTrue();
        assertThat(lessons.get(1).getSummary().getElement().getTextRecursively()).isEqualTo(lesson(1).title() + " — Not started");
        assertThat(lessons.get(1).isOpened()).isFalse();
    }

    @Test
    void every_attempt_shows_its_time_score_and_each_answer_with_its_verdict() {
        open(zoe, "");
        List<AttemptTable> attempts = _find(_find(LessonHistory.class).get(0), AttemptTable.class);
        assertThat(attempts).hasSize(2);
        Instant first = store.progress(zoe).lesson(lesson(0).id()).firstAttempt().orElseThrow().submittedAt();
        assertThat(_get(attempts.get(0), H3.class).getText())
                .isEqualTo("Attempt 1 · " + ShownTime.of(first, browserZone()) + " · 0% · not passed");
        List<NativeTableRow> rows = _get(attempts.get(1), NativeTableBody.class).getRows();
        assertThat(rows).hasSize(lesson(0).questions().size());
        assertThat(rows.get(0).getElement().getTextRecursively())
                .isEqualTo("1. Which colour is the sky on a clear day?Blue✓ Right1");
        assertThat(rows.get(1).getElement().getTextRecursively()).endsWith("—✗ Not answered0");
        assertThat(rows.get(2).getElement().getTextRecursively()).contains("True", "✓ Right");
    }

    @Test
    void a_question_a_retry_of_mistakes_did_not_ask_again_says_so() {
        LearnerId vera = learner(unique("Vera"));
        QuizAttempt first = quizzes.start(lesson(0));
        Attempt checked = recorder.submit(vera, first, Map.of(1, new Response.Chosen(Set.of(0))));
        recorder.submit(vera, first.retryMistakes(checked.result(), new Random(1)), Map.of(3, new Response.Truth(true)));
        open(vera, "");
        AttemptTable retry = _find(_find(LessonHistory.class).get(0), AttemptTable.class).get(1);
        List<NativeTableRow> rows = _get(retry, NativeTableBody.class).getRows();
        assertThat(rows.get(0).getElement().getTextRecursively())
                .endsWith("✓ Right (kept from an earlier attempt, not asked again)1");
        assertThat(rows.get(2).getElement().getTextRecursively()).endsWith("✓ Right1");
    }

    @Test
    void the_page_says_when_the_learner_read_the_lesson_in_the_browsers_zone_and_names_it() {
        open(zoe, "");
        Instant read = store.progress(zoe).lesson(lesson(0).id()).readAt().orElseThrow();
        assertThat(_find(LessonHistory.class).get(0).getElement().getTextRecursively())
                .contains("Read " + ShownTime.of(read, browserZone()) + ".");
        assertThat(_get(LearnerView.class).getElement().getTextRecursively())
                .contains("Times are in " + browserZone().getId() + ".");
    }

    @Test
    void the_way_back_keeps_the_class_pages_filter() {
        open(zoe, "zo");
        assertThat(_get(Anchor.class, spec -> spec.withText("← Class progress")).getHref()).isEqualTo("instructor/class?name=zo");
    }

    @Test
    void deleting_asks_first_and_cancelling_keeps_everything() {
        LearnerView view = open(zoe, "");
        _click(view.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getHeader(confirm)).isEqualTo("Delete " + name + "'s data?");
        _fireCancel(confirm);
        assertThat(store.progress(zoe).isEmpty()).isFalse();
    }

    @Test
    void deleting_after_confirming_erases_the_learner_and_only_them() {
        LearnerId other = learner(unique("Other"));
        LearnerView view = open(zoe, "");
        _click(view.delete);
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(store.progress(zoe).isEmpty()).isTrue();
        assertThat(store.all()).noneMatch(learner -> learner.learner().equals(zoe));
        assertThat(store.progress(other).isEmpty()).isFalse();
        expectNotifications(name + "'s data was deleted.");
        _get(ClassProgressView.class);
    }

    @Test
    void an_unknown_or_deleted_learner_has_a_page_that_says_so_without_a_delete_button() {
        open(LearnerId.random(), "");
        assertThat(_get(H1.class).getText()).isEqualTo("No such learner");
        assertThat(_find(LessonHistory.class)).isEmpty();
        assertThat(_get(LearnerView.class).delete.isAttached()).isFalse();
    }

    @Test
    void a_malformed_id_is_no_such_learner() {
        InstructorLogin.logIn();
        UI.getCurrent().navigate("instructor/learners/not-an-id");
        assertThat(_get(H1.class).getText()).isEqualTo("No such learner");
    }

    @Test
    void an_anonymous_visitor_gets_the_login_form_and_nobody_can_be_deleted() {
        UI.getCurrent().navigate("instructor/learners/" + zoe);
        assertThat(_find(LearnerView.class)).isEmpty();
        assertThat(store.progress(zoe).isEmpty()).isFalse();
    }
}
