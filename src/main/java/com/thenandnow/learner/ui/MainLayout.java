package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.PageTop;
import com.thenandnow.base.ui.SessionLifetime;
import com.thenandnow.base.ui.SiteHeader;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.LearnerNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The frame of every learner page: the course name, the main links, who the learner is (always in view, also
 * on a phone, where the links fold into the menu) and, last in the menu, the way to the instructor area.
 */
class MainLayout extends AppLayout implements AfterNavigationObserver {

    final Button learnerButton = new Button();
    final Anchor reviewLink = Links.to("Review", Links.REVIEW);

    private final CourseStanding standing;
    private final LearnerNames names;
    private final LessonLibrary library;
    private boolean askedForName;

    MainLayout(LessonLibrary library, CourseStanding standing, LearnerNames names) {
        this.standing = standing;
        this.names = names;
        this.library = library;
        Nav nav = new Nav(Links.to("Course", Links.HOME), Links.to("My progress", Links.PROGRESS), reviewLink,
                Links.to("Glossary", Links.GLOSSARY), Links.to("Timeline", Links.TIMELINE));
        nav.getElement().setAttribute("aria-label", "Main");
        learnerButton.setIcon(VaadinIcon.USER.create());
        learnerButton.addClassName("learner-button");
        learnerButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        learnerButton.addClickListener(event -> askForName(false));
        Anchor instructors = Links.to("Instructors", Links.INSTRUCTOR);
        instructors.addClassName("secondary-link");
        SiteHeader header = new SiteHeader(Links.to(library.course().info().title(), Links.HOME), nav, learnerButton);
        header.addToMenu(instructors);
        addToNavbar(header);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        LearnerProgress learner = standing.progress(CurrentLearner.id());
        showName(learner);
        showDue();
        boolean firstVisit = !learner.introduced() && !askedForName && !CurrentLearner.hasChosenGuest();
        PageTop.show(event.getLocationChangeEvent().getUI(), !firstVisit);
        if (firstVisit) {
            askForName(true);
        }
    }

    /** Afterwards focus goes back where the learner was: the page's heading on a first visit, else the name button. */
    private void askForName(boolean firstVisit) {
        askedForName = true;
        new NameDialog(names, standing.progress(CurrentLearner.id()), learner -> {
            showName(learner);
            if (firstVisit) {
                PageTop.show(UI.getCurrent(), true);
            } else {
                learnerButton.focus();
            }
        }).open();
    }

    /** "Review (3 due)": how many questions wait, counted again on every page. */
    void showDue() {
        int due = standing.review(CurrentLearner.id(), library.course()).dueCount();
        reviewLink.setText(due > 0 ? "Review (" + due + " due)" : "Review");
    }

    private void showName(LearnerProgress learner) {
        if (!learner.isEmpty()) {
            SessionLifetime.extendToUsual();
        }
        learnerButton.setText(learner.shownName());
        learnerButton.getElement().setAttribute("aria-label", "Your name: " + learner.shownName() + ". Change name");
    }
}
