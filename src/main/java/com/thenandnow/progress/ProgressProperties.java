package com.thenandnow.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code app.progress.*}: how many attempts per learner and lesson are kept in memory. */
@ConfigurationProperties("app.progress")
public record ProgressProperties(@DefaultValue("20") int attemptsKept) {

    public ProgressProperties {
        if (attemptsKept < 1) {
            throw new IllegalArgumentException("app.progress.attempts-kept must be 1 or more, not " + attemptsKept);
        }
    }
}
