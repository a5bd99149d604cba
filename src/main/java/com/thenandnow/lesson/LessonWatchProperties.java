package com.thenandnow.lesson;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.lessons.watch.*}: live reload of the lessons folder. A reload waits until saves have paused for
 * {@code quietPeriod}, but never longer than {@code maxDelay} after the first unhandled change.
 */
@ConfigurationProperties("app.lessons.watch")
public record LessonWatchProperties(@DefaultValue("true") boolean enabled,
                                    @DefaultValue("100ms") Duration quietPeriod,
                                    @DefaultValue("400ms") Duration maxDelay) {

    public LessonWatchProperties {
        Objects.requireNonNull(quietPeriod);
        Objects.requireNonNull(maxDelay);
        if (quietPeriod.isNegative() || maxDelay.compareTo(quietPeriod) < 0) {
            throw new IllegalArgumentException("need 0 <= quiet-period <= max-delay: " + quietPeriod + ", " + maxDelay);
        }
    }
}
