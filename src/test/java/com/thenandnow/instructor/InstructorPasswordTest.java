package com.thenandnow.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.thenandnow.security.InstructorProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With no password configured there is no default one: a random password nobody can guess is made up instead. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password="})
@ExtendWith(OutputCaptureExtension.class)
class InstructorPasswordTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstructorProperties properties;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void no_password_is_configured_by_default() {
        assertThat(properties.username()).isEqualTo("instructor");
        assertThat(properties.password()).isEmpty();
    }

    @Test
    void the_generated_password_is_none_of_the_usual_defaults() {
        String stored = users.loadUserByUsername("instructor").getPassword();
        assertThat(stored).isNotBlank();
        for (String guess : new String[] {"", "instructor", "password", "admin", "secret", "changeme"}) {
            assertThat(encoder.matches(guess, stored)).as(guess).isFalse();
        }
    }

    @Test
    void the_generated_password_is_logged_once_at_start_up(CapturedOutput output) {
        String notice = "No instructor password is configured";
        assertThat(output.getAll()).containsOnlyOnce(notice);
        String logged = output.getAll().lines().filter(line -> line.contains(notice)).findFirst().orElseThrow();
        String password = logged.substring(logged.lastIndexOf(' ') + 1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(encoder.matches(password, users.loadUserByUsername("instructor").getPassword())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"instructor,instructor", "instructor,password", "admin,password", "admin,admin", "user,password"})
    void logging_in_with_a_usual_default_fails(String username, String password) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }
}
