package com.thenandnow.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The login through the real filter chain: CSRF, throttling, where it lands; and the headers of every page. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password=test-secret"})
class LoginSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NavigationAccessControl navigationAccess;

    /** The login form's post, with its CSRF token, from {@code address}. */
    private static MockHttpServletRequestBuilder login(String password, String address) {
        return post("/login").param("username", "instructor").param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void a_login_post_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "instructor").param("password", "test-secret"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void logging_in_lands_in_the_instructor_area() throws Exception {
        mvc.perform(login("test-secret", "192.0.2.10"))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/instructor"));
    }

    /** The instructor views' tests show that it lets the instructor in and sends anyone else to the login. */
    @Test
    void views_are_guarded_by_the_access_control_that_checks_roles_without_searching_the_jars() {
        assertThat(navigationAccess).isInstanceOf(RoleCheckWithoutLookup.class);
        assertThat(navigationAccess.isEnabled()).as("Vaadin's security configuration turned it on").isTrue();
        assertThat(navigationAccess.hasAccessChecker(AnnotatedViewAccessChecker.class)).isTrue();
    }

    /** Each login gets its own copy of the account, whose password Spring Security erases after the check. */
    @Test
    void the_instructor_can_log_in_again_and_another_name_cannot() throws Exception {
        mvc.perform(login("test-secret", "192.0.2.11")).andExpect(authenticated());
        mvc.perform(login("test-secret", "192.0.2.11")).andExpect(authenticated());
        mvc.perform(post("/login").param("username", "admin").param("password", "test-secret").with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void after_five_wrong_passwords_an_address_is_turned_back_even_with_the_right_one() throws Exception {
        IntStream.range(0, 5).forEach(i -> wrongPassword("192.0.2.20"));

        mvc.perform(login("test-secret", "192.0.2.20"))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        mvc.perform(login("test-secret", "192.0.2.21"))
                .andExpect(authenticated());
    }

    private void wrongPassword(String address) {
        try {
            mvc.perform(login("guess", address))
                    .andExpect(redirectedUrl("/login?error"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_page_carries_a_content_security_policy_and_the_privacy_headers() throws Exception {
        mvc.perform(get("/lesson-files/none.png"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
