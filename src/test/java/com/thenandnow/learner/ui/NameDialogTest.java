package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.ProgressStore;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NameDialogTest extends AbstractViewTest {

    @Autowired
    CourseStanding progress;
    @Autowired
    ProgressStore store;

    @Test
    void a_first_visit_asks_for_a_name_and_shows_it_once_saved() {
        UI.getCurrent().navigate("");
        NameDialog dialog = _get(NameDialog.class);
        _setValue(dialog.name, "  Alex  ");
        _click(dialog.save);

        _assertNoDialogs();
        assertThat(_get(MainLayout.class).learnerButton.getText()).isEqualTo("Alex");
        assertThat(progress.progress(CurrentLearner.id()).displayName()).isEqualTo("Alex");
    }

    @Test
    void a_learner_may_continue_as_a_guest_and_is_not_asked_again() {
        UI.getCurrent().navigate("");
        _click(_get(NameDialog.class).guest);
        UI.getCurrent().navigate("progress");

        _assertNoDialogs();
        assertThat(_get(MainLayout.class).learnerButton.getText()).startsWith("Guest ");
    }

    @Test
    void a_visitor_who_only_continues_as_a_guest_leaves_nothing_on_the_server() {
        UI.getCurrent().navigate("");
        _click(_get(NameDialog.class).guest);

        assertThat(progress.progress(CurrentLearner.id()).isEmpty()).isTrue();
        assertThat(store.all()).extracting(LearnerProgress::learner).doesNotContain(CurrentLearner.id());
    }

    @Test
    void a_name_that_is_too_long_is_refused_with_a_message() {
        UI.getCurrent().navigate("");
        NameDialog dialog = _get(NameDialog.class);
        _setValue(dialog.name, "x".repeat(41));
        _click(dialog.save);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Use at most 40 characters.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void the_name_can_be_changed_from_the_navbar() {
        UI.getCurrent().navigate("");
        _click(_get(NameDialog.class).guest);
        _click(_get(MainLayout.class).learnerButton);
        NameDialog dialog = _get(NameDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Change your name");
        _setValue(dialog.name, "Sam");
        _click(dialog.save);

        assertThat(_get(MainLayout.class).learnerButton.getText()).isEqualTo("Sam");
    }
}
