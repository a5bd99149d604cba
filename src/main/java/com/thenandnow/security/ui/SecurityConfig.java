package com.thenandnow.security.ui;

import com.thenandnow.security.InstructorAccount;
import com.thenandnow.security.LoginAttempts;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Learner views are {@code @AnonymousAllowed}; instructor views and downloads need the INSTRUCTOR
 * role, and anyone else is sent to the login view. Of the actuator, health is open (load balancers probe
 * it; it shows details only to the instructor), every other endpoint needs the INSTRUCTOR role. Every other address is open, so a mistyped one
 * shows the friendly not-found page rather than the instructor login; views stay guarded by their
 * access annotations, which Vaadin checks on every navigation.
 * <p>
 * The login form's post needs the CSRF token (Vaadin puts it in the page for the form); Vaadin's own
 * requests carry Vaadin's token instead. Failed logins are throttled ({@link LoginAttempts}).
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String LOGIN = "/login";

    /**
     * Vaadin Flow's client needs inline scripts and styles and evaluates server-sent JavaScript; everything
     * else is locked to this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /** Primary over the one Vaadin registers, so that Vaadin's security configuration and its UIs get this one. */
    @Bean
    @Primary
    NavigationAccessControl roleCheckWithoutLookup(List<NavigationAccessChecker> checkers,
            NavigationAccessControlConfigurer configurer, VaadinRolePrefixHolder rolePrefix) {
        return configurer.build((enabled, resolver) -> new RoleCheckWithoutLookup(enabled, resolver, rolePrefix), checkers);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, LoginAttempts logins)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(InstructorAccount.ROLE)
                .requestMatchers("/instructor/**").hasRole(InstructorAccount.ROLE)
                .requestMatchers("/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(logins.filter(LOGIN), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, LOGIN + "?logout")
                .defaultSuccessUrl("/instructor")
                .enableCsrfConfiguration(false)).build();
    }
}
