package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.PageTop;
import com.thenandnow.base.ui.SessionLifetime;
import com.thenandnow.base.ui.SiteHeader;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The frame of the instructor pages: their links, the way back to the learner site, and logging out. */
@RolesAllowed(InstructorAccount.ROLE)
class InstructorLayout extends AppLayout implements AfterNavigationObserver {

    final Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create());

    InstructorLayout(InstructorService instructors, AuthenticationContext authentication) {
        addClassName("instructor-area");
        SessionLifetime.extendToUsual();
        Anchor brand = Links.to(instructors.course().info().title() + " · Instructors", Links.INSTRUCTOR);
        Nav nav = new Nav(Links.to("Lessons", Links.INSTRUCTOR), Links.to("Class progress", Links.CLASS_PROGRESS));
        nav.getElement().setAttribute("aria-label", "Instructor area");
        Anchor learnerSite = Links.to("Learner site", Links.HOME);
        learnerSite.addClassName("secondary-link");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(event -> authentication.logout());
        SiteHeader header = new SiteHeader(brand, nav);
        header.addToMenu(learnerSite, logout);
        addToNavbar(header);
    }

    /** Like the learner pages: the new page starts at its top, with focus on its heading. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        PageTop.show(event.getLocationChangeEvent().getUI(), true);
    }
}
