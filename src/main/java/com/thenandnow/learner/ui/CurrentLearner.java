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
 * doing anything has nothing on the server, so that choice is remembered in a cookie of its own. A learner who
 * asks to be forgotten loses both: see {@link #forget()}.
 */
final class CurrentLearner {

    static final String COOKIE = "then-and-now-learner";
    static final String GUEST_COOKIE = "then-and-now-guest";
    private static final String GUEST = "guest";
    private static final String FORGOTTEN = "forgotten";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private CurrentLearner() {
    }

    static LearnerId id() {
        VaadinSession session = VaadinSession.getCurrent();
        LearnerId id = session.getAttribute(LearnerId.class);
        if (id == null) {
            LearnerId forgotten = (LearnerId) session.getAttribute(FORGOTTEN);
            id = cookie(COOKIE).flatMap(LearnerId::parse).filter(known -> !known.equals(forgotten))
                    .orElseGet(CurrentLearner::newId);
            session.setAttribute(LearnerId.class, id);
        }
        return id;
    }

    /** Whether this browser's learner has said they continue as a guest. */
    static boolean hasChosenGuest() {
        VaadinSession session = VaadinSession.getCurrent();
        return session.getAttribute(GUEST) != null
                || session.getAttribute(FORGOTTEN) == null && cookie(GUEST_COOKIE).isPresent();
    }

    /**
     * Unties this browser from its learner, whose progress the caller has erased: the session drops the id and the
     * guest choice and ignores both cookies from now on, and the next page load replaces the learner cookie with a
     * new id and removes the guest cookie. (A click that came over the push connection has no HTTP response to
     * carry cookies; a page load has.)
     */
    static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(FORGOTTEN, id());
        session.setAttribute(LearnerId.class, null);
        session.setAttribute(GUEST, null);
    }

    static void chooseGuest() {
        VaadinSession.getCurrent().setAttribute(GUEST, Boolean.TRUE);
        addCookie(GUEST_COOKIE, "yes", ONE_YEAR);
    }

    private static Optional<String> cookie(String name) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> name.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }

    private static LearnerId newId() {
        LearnerId id = LearnerId.random();
        addCookie(COOKIE, id.value(), ONE_YEAR);
        if (VaadinSession.getCurrent().getAttribute(FORGOTTEN) != null) {
            addCookie(GUEST_COOKIE, "", 0);
        }
        return id;
    }

    /**
     * Secure whenever the page came over HTTPS (behind a proxy, see server.forward-headers-strategy); a maximum age
     * of 0 removes the cookie.
     */
    private static void addCookie(String name, String value, int maxAgeSeconds) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
