package com.thenandnow.learner.ui;

import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.LearnerNames;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.function.Consumer;

/** "Who am I": the learner gives a display name or continues as a guest; closing the dialog means guest. */
class NameDialog extends Dialog {

    final TextField name = new TextField("Your name");
    final Button save = new Button("Save name", event -> save());
    final Button guest = new Button("Continue as guest", event -> keep(""));

    private final LearnerNames names;
    private final LearnerId learner;
    private final Consumer<LearnerProgress> afterChoice;

    NameDialog(LearnerNames names, LearnerProgress current, Consumer<LearnerProgress> afterChoice) {
        this.names = names;
        this.learner = current.learner();
        this.afterChoice = afterChoice;
        setHeaderTitle(current.introduced() || CurrentLearner.hasChosenGuest() ? "Change your name" : "Welcome! What should we call you?");
        name.setValue(current.displayName());
        name.setMaxLength(LearnerProgress.MAX_NAME_LENGTH);
        name.setPlaceholder("e.g. Alex");
        name.setWidthFull();
        name.setAutofocus(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(new Paragraph("Your name appears on your progress page and to your instructor. "
                + "Your progress is kept in this browser's cookie while the course runs."), name);
        getFooter().add(guest, save);
        addDialogCloseActionListener(event -> keep(current.displayName()));
    }

    private void save() {
        Optional<String> problem = LearnerNames.problemWith(name.getValue());
        name.setInvalid(problem.isPresent());
        name.setErrorMessage(problem.orElse(null));
        if (problem.isEmpty()) {
            keep(name.getValue());
        }
    }

    private void keep(String displayName) {
        LearnerProgress renamed = names.rename(learner, displayName);
        if (renamed.isGuest()) {
            CurrentLearner.chooseGuest();
        }
        close();
        afterChoice.accept(renamed);
    }
}
