package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.instructor.LearnerRecord;
import com.thenandnow.instructor.NameFilter;
import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * One learner: every lesson, every kept attempt with its time and score, and each answer with its verdict; and,
 * with a confirmation, deleting everything recorded about them. Addressed by the learner's id, which only
 * instructors see; the class page's name filter rides along ({@code ?name=}) for the way back.
 */
@Route(value = "instructor/learners/:id", layout = InstructorLayout.class)
@RolesAllowed(InstructorAccount.ROLE)
class LearnerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button delete = new Button("Delete this learner's data…", VaadinIcon.TRASH.create());
    final Div lessons = new Div();

    private final InstructorService instructors;
    private String filter = "";
    private String title = "Learner";
    private LearnerRecord shown;

    LearnerView(InstructorService instructors) {
        this.instructors = instructors;
        addClassNames("page", "instructor-page", "learner-page");
        lessons.addClassName("learner-lessons");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(event -> confirmDelete(shown));
    }

    /** The page of a learner, by id, keeping the class page's name filter for the way back. */
    static String route(String learnerId, NameFilter filter) {
        return ClassProgressView.withFilter("instructor/learners/" + learnerId, filter.text());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = event.getLocation().getQueryParameters().getSingleParameter(ClassProgressView.NAME_PARAMETER).orElse("");
        removeAll();
        add(Links.to("← Class progress", ClassProgressView.withFilter(Links.CLASS_PROGRESS, filter)));
        String id = event.getRouteParameters().get("id").orElse("");
        instructors.learner(id).ifPresentOrElse(this::show, () -> {
            title = "No such learner";
            add(new H1(title), new Paragraph("Nothing is recorded for this learner. Their data may have been deleted, "
                    + "or the address is mistyped."));
        });
    }

    private void show(LearnerRecord learner) {
        shown = learner;
        title = learner.name();
        Paragraph facts = new Paragraph();
        facts.addClassName("learner-facts");
        add(new H1(title), facts, delete, new H2("Lessons"), lessons);
        ShownTime.follow(zone -> {
            facts.setText(facts(learner, zone));
            lessons.removeAll();
            learner.live().lessons().forEach(row -> lessons.add(new LessonHistory(row, true, zone)));
            learner.formerLessons().forEach(row -> lessons.add(new LessonHistory(row, false, zone)));
        });
    }

    private static String facts(LearnerRecord learner, ZoneId zone) {
        return learner.live().completionText() + " lessons passed · last active "
                + learner.lastActive().map(at -> ShownTime.of(at, zone)).orElse("–") + " · learner id "
                + learner.learnerId() + ". " + ShownTime.zoneNote(zone);
    }

    private void confirmDelete(LearnerRecord learner) {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + learner.name() + "'s data?",
                "This deletes their name, the lessons they opened and every quiz attempt from the server, at once and "
                        + "for good. If they come back, they start afresh as a new learner.",
                "Delete", event -> deleted(learner));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void deleted(LearnerRecord learner) {
        instructors.forget(learner.learnerId());
        Notification.show(learner.name() + "'s data was deleted.");
        UI.getCurrent().navigate(Links.CLASS_PROGRESS, QueryParameters.of(ClassProgressView.NAME_PARAMETER, filter));
    }

    @Override
    public String getPageTitle() {
        return title + " · Instructors";
    }
}
