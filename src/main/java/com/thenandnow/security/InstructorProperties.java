package com.thenandnow.security;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.instructor.*}: the instructor account. The password has no default on purpose: without
 * one ({@code APP_INSTRUCTOR_PASSWORD}), a random password is generated at start-up and logged once.
 */
@ConfigurationProperties("app.instructor")
public record InstructorProperties(@DefaultValue("instructor") String username, Optional<String> password) {

    public InstructorProperties {
        password = password == null ? Optional.empty() : password.filter(value -> !value.isBlank());
    }
}
