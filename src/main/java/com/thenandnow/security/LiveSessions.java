package com.thenandnow.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts the live HTTP sessions, and gives every new one the short timeout of a visitor who has done
 * nothing yet: a page opened by a script and never used again frees its memory within minutes.
 */
@Component
public class LiveSessions implements HttpSessionListener {

    private final AtomicInteger live = new AtomicInteger();
    private final int idleVisitorSeconds;

    public LiveSessions(SessionLimits limits) {
        this.idleVisitorSeconds = (int) limits.idleVisitorTimeout().toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.incrementAndGet();
        event.getSession().setMaxInactiveInterval(idleVisitorSeconds);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.decrementAndGet();
    }

    public int count() {
        return live.get();
    }
}
