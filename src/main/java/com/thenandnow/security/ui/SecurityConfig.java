package com.thenandnow.security.ui;

import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Learner views are {@code @AnonymousAllowed}; instructor views and downloads need the INSTRUCTOR
 * role, and anyone else is sent to the login view. Of the actuator, health is open (load balancers probe
 * it; it shows details only to the instructor), every other endpoint needs the INSTRUCTOR role. Every other address is open, so a mistyped one
 * shows the friendly not-found page rather than the instructor login; views stay guarded by their
 * access annotations, which Vaadin checks on every navigation.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(InstructorAccount.ROLE)
                .requestMatchers("/instructor/**").hasRole(InstructorAccount.ROLE)
                .requestMatchers("/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
