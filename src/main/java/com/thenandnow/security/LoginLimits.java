package com.thenandnow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.limits.login.*}: how failed logins are throttled.
 *
 * @param failuresAllowed failed logins an address may make before it is locked out
 * @param lockout         the first lockout; each further failure doubles it, up to {@code maxLockout}
 * @param maxLockout      the longest lockout, and how long failures are remembered
 * @param failuresPerUser failed logins on one user name, from any addresses, after which only addresses with
 *                        no failures of their own may try that name until {@code maxLockout} has passed
 */
@ConfigurationProperties("app.limits.login")
public record LoginLimits(@DefaultValue("5") int failuresAllowed, @DefaultValue("1m") Duration lockout,
                          @DefaultValue("15m") Duration maxLockout, @DefaultValue("20") int failuresPerUser) {

    public LoginLimits {
        if (failuresAllowed < 1 || failuresPerUser < 1 || lockout.isNegative() || lockout.isZero()
                || maxLockout.compareTo(lockout) < 0) {
            throw new IllegalArgumentException("app.limits.login: failures-allowed and failures-per-user >= 1, "
                    + "0 < lockout <= max-lockout are required");
        }
    }
}
