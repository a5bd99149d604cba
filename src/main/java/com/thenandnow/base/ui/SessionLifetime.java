package com.thenandnow.base.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;

/**
 * A new session lives only briefly without requests (see {@code app.limits.sessions.idle-visitor-timeout}), so
 * pages opened and abandoned by scripts free their memory soon. Once someone does something worth keeping, their
 * session gets the server's usual timeout ({@code server.servlet.session.timeout}), so a learner who closes the
 * laptop lid for a while comes back to the same page.
 */
public final class SessionLifetime {

    private SessionLifetime() {
    }

    public static void extendToUsual() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() instanceof WrappedHttpSession wrapped) {
            var http = wrapped.getHttpSession();
            int usualSeconds = http.getServletContext().getSessionTimeout() * 60;
            if (http.getMaxInactiveInterval() < usualSeconds) {
                http.setMaxInactiveInterval(usualSeconds);
            }
        }
    }
}
