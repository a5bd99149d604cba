package com.thenandnow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Connects the {@link LoginThrottle} to Spring Security: it hears of every login's outcome, and its filter,
 * placed before the login form's processing, turns a throttled attempt back to the login page before the
 * password is even checked.
 */
@Component
public class LoginAttempts {

    public static final String LOCKED_QUERY = "locked";

    private final LoginThrottle throttle;

    public LoginAttempts(LoginLimits limits) {
        this.throttle = new LoginThrottle(limits, System::nanoTime);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        addressOf(event).ifPresent(address -> throttle.failed(address, event.getAuthentication().getName()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        addressOf(event).ifPresent(address -> throttle.succeeded(address, event.getAuthentication().getName()));
    }

    private static Optional<String> addressOf(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress()) : Optional.empty();
    }

    /** The filter that refuses throttled login posts to {@code loginPath}. */
    public OncePerRequestFilter filter(String loginPath) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<Duration> wait = "POST".equals(request.getMethod())
                        && loginPath.equals(request.getRequestURI().substring(request.getContextPath().length()))
                        ? throttle.waitFor(request.getRemoteAddr(), String.valueOf(request.getParameter("username")))
                        : Optional.empty();
                if (wait.isPresent()) {
                    response.sendRedirect(request.getContextPath() + loginPath + "?" + LOCKED_QUERY);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
