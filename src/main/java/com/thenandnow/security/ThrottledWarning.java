package com.thenandnow.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * A warning that may happen thousands of times a second under attack: logged at most every ten seconds, with
 * how many times it happened since, so a flood cannot flood the log as well.
 */
final class ThrottledWarning {

    private static final long EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final Logger log;
    private final String what;
    private final AtomicLong since = new AtomicLong();
    private final AtomicLong nextAt = new AtomicLong(System.nanoTime());

    ThrottledWarning(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    void note(String reason) {
        long count = since.incrementAndGet();
        long due = nextAt.get();
        long now = System.nanoTime();
        if (now - due >= 0 && nextAt.compareAndSet(due, now + EVERY_NANOS)) {
            since.addAndGet(-count);
            log.warn("{} ({} times since the last warning): {}", what, count, reason);
        }
    }
}
