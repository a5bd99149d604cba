package com.thenandnow.progress.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers changes: each number is above the last and at least the clock's time in microseconds. The
 * clock part keeps numbers growing across restarts and across servers, so a learner's newest state wins
 * when journals are merged even if another server numbered the learner's earlier changes.
 */
public final class Sequence {

    private final Clock clock;
    private final AtomicLong last;

    public Sequence(Clock clock, long lastUsed) {
        this.clock = clock;
        this.last = new AtomicLong(lastUsed);
    }

    public long next() {
        Instant now = clock.instant();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        return last.accumulateAndGet(micros, (previous, clockMicros) -> Math.max(previous + 1, clockMicros));
    }
}
