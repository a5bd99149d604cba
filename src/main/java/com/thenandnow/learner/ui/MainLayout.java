package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.PageTop;
import com.thenandnow.base.ui.SessionLifetime;
import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.LearnerNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/** The frame of every learner page: the course name, the main links, and who the learner is. */
class MainLayout extends AppLayout implements AfterNavigationObserver {

    final Button learnerButton = new Button();

    private final CourseStanding standing;
    private final LearnerNames names;
    private boolean askedForName;

    MainLayout(LessonLibrary library, CourseStanding standing, LearnerNames names) {
        this.standing = standing;
        this.names = names;
        Anchor brand = Links.to(library.course().info().title(), Links.HOME);
        brand.addClassName("brand");
        Nav nav = new Nav(Links.to("Course", Links.HOME), Links.to("My progress", Links.PROGRESS),
                Links.to("Glossary", Links.GLOSSARY), Links.to("Timeline", Links.TIMELINE));
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Main");
        learnerButton.setIcon(VaadinIcon.USER.create());
        learnerButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        learnerButton.addClickListener(event -> askForName());
        Anchor instructors = Links.to("Instructors", Links.INSTRUCTOR);
        instructors.addClassName("instructor-link");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(brand, nav, spacer, learnerButton, instructors);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        LearnerProgress learner = standing.progress(CurrentLearner.id());
        showName(learner);
        boolean firstVisit = !learner.introduced() && !askedForName && !CurrentLearner.hasChosenGuest();
        PageTop.show(event.getLocationChangeEvent().getUI(), !firstVisit);
        if (firstVisit) {
            askForName();
        }
    }

    private void askForName() {
        askedForName = true;
        new NameDialog(names, standing.progress(CurrentLearner.id()), this::showName).open();
    }

    private void showName(LearnerProgress learner) {
        if (!learner.isEmpty()) {
            SessionLifetime.extendToUsual();
        }
        learnerButton.setText(learner.shownName());
        learnerButton.getElement().setAttribute("aria-label", "Your name: " + learner.shownName() + ". Change name");
    }
}
