package com.thenandnow.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

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
        // hashing takes about 0.15 s of a core: it runs beside the start-up, and a login that comes first waits for it
        CompletableFuture<UserDetails> account = CompletableFuture.supplyAsync(() -> User.withUsername(properties.username())
                .password(encoder.encode(password)).roles(ROLE).build());
        return username -> {
            if (!username.equalsIgnoreCase(properties.username())) {
                throw new UsernameNotFoundException("no such instructor");
            }
            return User.withUserDetails(account.join()).build(); // a copy: a login erases the password of what it gets
        };
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
