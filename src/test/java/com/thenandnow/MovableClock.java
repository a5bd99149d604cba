package com.thenandnow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that tests move forward: "the next day" without waiting and without mocks. Unit tests start it at a fixed
 * instant ({@link #at}); Spring tests that import {@link Configuration} get it as the app's clock, running with the
 * system clock until a test moves it, and {@link #reset()} back to it.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    private MovableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Stands still at {@code instant} until moved. */
    public static MovableClock at(Instant instant) {
        return new MovableClock(Clock.fixed(instant, ZoneId.of("UTC")), new AtomicReference<>(Duration.ZERO));
    }

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(base.withZone(zone), offset);
    }

    /** The app's clock in a Spring test: the system clock, moved by the test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Clock.systemDefaultZone(), new AtomicReference<>(Duration.ZERO));
        }
    }
}
