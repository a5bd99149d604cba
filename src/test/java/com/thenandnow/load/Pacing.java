package com.thenandnow.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Think times (uniform between a minimum and a maximum) on one scheduler thread, and the end of the run. */
final class Pacing {

    private final ScheduledExecutorService scheduler;
    private final Duration minThink;
    private final Duration maxThink;
    private volatile long endsAt = Long.MAX_VALUE;

    Pacing(ScheduledExecutorService scheduler, Duration minThink, Duration maxThink) {
        this.scheduler = scheduler;
        this.minThink = minThink;
        this.maxThink = maxThink;
    }

    void endAt(long nanoTime) {
        endsAt = nanoTime;
    }

    boolean isOver() {
        return System.nanoTime() >= endsAt;
    }

    CompletableFuture<Void> think() {
        long millis = ThreadLocalRandom.current().nextLong(minThink.toMillis(), maxThink.toMillis() + 1);
        return after(millis);
    }

    CompletableFuture<Void> after(long millis) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        scheduler.schedule(() -> done.complete(null), millis, TimeUnit.MILLISECONDS);
        return done;
    }
}
