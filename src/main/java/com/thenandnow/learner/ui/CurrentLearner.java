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
 * travel only with requests and views may ask later.
 */
final class CurrentLearner {

    static final String COOKIE = "then-and-now-learner";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private CurrentLearner() {
    }

    static LearnerId id() {
        VaadinSession session = VaadinSession.getCurrent();
        LearnerId id = session.getAttribute(LearnerId.class);
        if (id == null) {
            id = fromCookie().orElseGet(CurrentLearner::newCookie);
            session.setAttribute(LearnerId.class, id);
        }
        return id;
    }

    private static Optional<LearnerId> fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .flatMap(cookie -> LearnerId.parse(cookie.getValue()).stream())
                .findFirst();
    }

    private static LearnerId newCookie() {
        LearnerId id = LearnerId.random();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, id.value());
            String contextPath = VaadinRequest.getCurrent().getContextPath();
            cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return id;
    }
}
