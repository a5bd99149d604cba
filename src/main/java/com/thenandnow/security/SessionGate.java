package com.thenandnow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a new visitor in only while the server has room: below the ceiling on live sessions and within the
 * visitor's address allowance. Anyone turned away gets a small static page (503 with Retry-After) that costs
 * no session, while learners already in keep working. Only page loads start sessions here: a GET with no
 * valid session, other than for static files.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionGate extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionGate.class);
    private static final List<String> STATIC_PREFIXES = List.of("/VAADIN/", "/lesson-files/", "/themes/", "/icons/",
            "/images/", "/actuator/", "/favicon.ico", "/sw.js", "/manifest.webmanifest", "/offline.html", "/robots.txt");
    private static final String BUSY_PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Busy · Then &amp; Now</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
            <h1>Too many visitors right now</h1><p>Please try again in a minute. Your progress is safe.</p>
            </body></html>
            """;

    private final LiveSessions sessions;
    private final int ceiling;
    private final AddressAllowance allowance;
    private final String retryAfterSeconds;
    private final ThrottledWarning warnings = new ThrottledWarning(log, "Turned new visitors away");

    SessionGate(LiveSessions sessions, SessionLimits limits) {
        this.sessions = sessions;
        this.ceiling = limits.ceiling(Runtime.getRuntime().maxMemory());
        this.allowance = new AddressAllowance(limits.perAddressPerMinute(), System::nanoTime);
        this.retryAfterSeconds = String.valueOf(limits.retryAfter().toSeconds());
        log.info("At most {} live sessions; at most {} new ones per client address and minute", ceiling,
                limits.perAddressPerMinute());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mayStartSession(request) && !admits(request)) {
            turnAway(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayStartSession(HttpServletRequest request) {
        boolean pageLoad = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return pageLoad && request.getSession(false) == null && STATIC_PREFIXES.stream().noneMatch(path::startsWith);
    }

    private boolean admits(HttpServletRequest request) {
        if (sessions.count() >= ceiling) {
            warnings.note("the " + ceiling + " live sessions allowed are all taken");
            return false;
        }
        if (!allowance.tryTake(request.getRemoteAddr())) {
            warnings.note(request.getRemoteAddr() + " started more new sessions than allowed per minute");
            return false;
        }
        return true;
    }

    private void turnAway(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", retryAfterSeconds);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(BUSY_PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
