package com.thenandnow.learner.ui;

import com.thenandnow.progress.LearnerId;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who the learner in this browser is: a random id in a long-lived cookie, so a reload, a second tab or
 * a later visit finds the same progress. The id is cached in the Vaadin session, because cookies
 * travel only with requests and views may ask later. A learner who chose to continue as a guest before
 * doing anything has nothing on the server, so that choice is remembered in a cookie of its own.
 */
final class CurrentLearner {

    static final String COOKIE = "then-and-now-learner";
    static final String GUEST_COOKIE = "then-and-now-guest";
    private static final String GUEST = "guest";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private CurrentLearner() {
    }

    static LearnerId id() {
        VaadinSession session = VaadinSession.getCurrent();
        LearnerId id = session.getAttribute(LearnerId.class);
        if (id == null) {
            id = cookie(COOKIE).flatMap(LearnerId::parse).orElseGet(CurrentLearner::newId);
            session.setAttribute(LearnerId.class, id);
        }
        return id;
    }

    /** Whether this browser's learner has said they continue as a guest. */
    static boolean hasChosenGuest() {
        return VaadinSession.getCurrent().getAttribute(GUEST) != null || cookie(GUEST_COOKIE).isPresent();
    }

    static void chooseGuest() {
        VaadinSession.getCurrent().setAttribute(GUEST, Boolean.TRUE);
        addCookie(GUEST_COOKIE, "yes");
    }

    private static Optional<String> cookie(String name) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> name.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }

    private static LearnerId newId() {
        LearnerId id = LearnerId.random();
        addCookie(COOKIE, id.value());
        return id;
    }

    /** Secure whenever the page came over HTTPS (behind a proxy, see server.forward-headers-strategy). */
    private static void addCookie(String name, String value) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
