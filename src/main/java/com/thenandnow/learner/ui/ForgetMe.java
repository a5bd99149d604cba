package com.thenandnow.learner.ui;

import com.thenandnow.progress.ProgressRecorder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Forget me": after a confirmation, everything recorded about this learner is erased through the progress store
 * (so a durable or clustered store forgets it too), and this browser's cookies are dropped; the page reloads at
 * the course home, where the learner starts afresh.
 */
class ForgetMe extends Div {

    final Button forget = new Button("Forget me…");

    ForgetMe(ProgressRecorder recorder) {
        addClassName("forget-me");
        forget.addThemeVariants(ButtonVariant.LUMO_ERROR);
        forget.addClickListener(event -> confirm(recorder));
        add(new H2("Your data"), new Paragraph("This site keeps the name you chose, the lessons you opened and your quiz "
                + "answers, tied to a random id in a cookie of this browser. Nothing else about you is kept. Forget me "
                + "deletes all of it at once and removes the cookies from this browser; the server's progress file "
                + "drops its older lines about you at its next clean-up."), forget);
    }

    private void confirm(ProgressRecorder recorder) {
        ConfirmDialog dialog = new ConfirmDialog("Forget you?", "Your name, progress and answers are deleted at once "
                + "and for good. You can start the course again afterwards as a new learner.", "Forget me",
                event -> forgetMe(recorder));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private static void forgetMe(ProgressRecorder recorder) {
        recorder.forget(CurrentLearner.id());
        CurrentLearner.forget();
        UI.getCurrent().getPage().setLocation(".");
    }
}
