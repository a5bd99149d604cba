package com.thenandnow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing down. An address that fails {@code failuresAllowed} times is locked out for a
 * while, twice as long at each further failure. A user name guessed from many addresses is closed to every
 * address that has failed before, but stays open to one that has not, so the real instructor can still log
 * in while someone else hammers the name. Counters live in size-bounded caches and expire.
 */
public final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int KEPT = 100_000;

    private final LoginLimits limits;
    private final LongSupplier nanoTime;
    private final Cache<String, Failures> byAddress;
    private final Cache<String, Integer> byUser;

    /** How often an address failed, and until when (System.nanoTime) it is locked out. */
    private record Failures(int count, long lockedUntil) {
    }

    private static final Failures NONE = new Failures(0, 0);

    public LoginThrottle(LoginLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        this.byAddress = Caffeine.newBuilder().maximumSize(KEPT).expireAfterWrite(limits.maxLockout()).build();
        this.byUser = Caffeine.newBuilder().maximumSize(KEPT).expireAfterWrite(limits.maxLockout()).build();
    }

    /** How long a login from {@code address} as {@code user} must still wait; empty when it may go ahead. */
    public Optional<Duration> waitFor(String address, String user) {
        Failures failures = byAddress.getIfPresent(address);
        long left = failures == null ? 0 : failures.lockedUntil - nanoTime.getAsLong();
        if (left > 0) {
            return Optional.of(Duration.ofNanos(left));
        }
        boolean userUnderAttack = byUser.asMap().getOrDefault(user, 0) >= limits.failuresPerUser();
        return userUnderAttack && failures != null ? Optional.of(limits.maxLockout()) : Optional.empty();
    }

    public void failed(String address, String user) {
        Failures failures = byAddress.asMap().compute(address, (key, before) -> next(before == null ? NONE : before));
        int userFailures = byUser.asMap().merge(user, 1, Integer::sum);
        if (failures.lockedUntil > 0) {
            log.warn("Failed login #{} from {} (user '{}', {} failures on that name): locked out for {}",
                    failures.count, address, user, userFailures,
                    Duration.ofNanos(failures.lockedUntil - nanoTime.getAsLong()).toSeconds() + " s");
        }
    }

    public void succeeded(String address, String user) {
        byAddress.invalidate(address);
        byUser.invalidate(user);
    }

    private Failures next(Failures before) {
        int count = before.count + 1;
        int beyond = count - limits.failuresAllowed();
        if (beyond < 0) {
            return new Failures(count, 0);
        }
        long lockout = Math.min(limits.maxLockout().toNanos(), limits.lockout().toNanos() << Math.min(beyond, 20));
        return new Failures(count, nanoTime.getAsLong() + lockout);
    }
}
