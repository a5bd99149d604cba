package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.PageTop;
import com.thenandnow.base.ui.SessionLifetime;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The frame of the instructor pages: their links, the way back to the learner site, and logging out. Like the
 * learner's frame, it brings each new page into view from its top, with focus on its heading: without it, a
 * learner's page opened from far down the class grid would open scrolled to its end.
 */
@RolesAllowed(InstructorAccount.ROLE)
class InstructorLayout extends AppLayout implements AfterNavigationObserver {

    final Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create());

    InstructorLayout(InstructorService instructors, AuthenticationContext authentication) {
        addClassName("instructor-area");
        SessionLifetime.extendToUsual();
        Anchor brand = Links.to(instructors.course().info().title() + " · Instructors", Links.INSTRUCTOR);
        brand.addClassName("brand");
        Nav nav = new Nav(Links.to("Lessons", Links.INSTRUCTOR), Links.to("Class progress", Links.CLASS_PROGRESS));
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Instructor area");
        Anchor learnerSite = Links.to("Learner site", Links.HOME);
        learnerSite.addClassName("instructor-link");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(event -> authentication.logout());
        addToNavbar(brand, nav, spacer, learnerSite, logout);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        PageTop.show(event.getLocationChangeEvent().getUI(), true);
    }
}
