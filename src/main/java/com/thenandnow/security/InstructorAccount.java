package com.thenandnow.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The single instructor account, from {@link InstructorProperties}. */
@Configuration
public class InstructorAccount {

    public static final String ROLE = "INSTRUCTOR";
    private static final Logger log = LoggerFactory.getLogger(InstructorAccount.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService instructors(InstructorProperties properties, PasswordEncoder encoder) {
        String password = properties.password().orElseGet(() -> generated(properties.username()));
        return new InMemoryUserDetailsManager(User.withUsername(properties.username())
                .password(encoder.encode(password)).roles(ROLE).build());
    }

    private static String generated(String username) {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        log.warn("No instructor password is configured (app.instructor.password or APP_INSTRUCTOR_PASSWORD). "
                + "For this run only, log in to /instructor as '{}' with the password: {}", username, password);
        return password;
    }
}
