package com.thenandnow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code app.limits.requests.*}.
 *
 * @param maxBody the largest request body accepted (Vaadin's messages, the login form); the app's own messages
 *                stay far below it, and a larger body is refused before it is read
 */
@ConfigurationProperties("app.limits.requests")
public record RequestLimits(@DefaultValue("256KB") DataSize maxBody) {

    public RequestLimits {
        if (maxBody.toBytes() < 1024) {
            throw new IllegalArgumentException("app.limits.requests.max-body must be at least 1KB, not " + maxBody);
        }
    }
}
