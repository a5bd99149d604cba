package com.thenandnow.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ProgressStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The instructor area, its downloads and a learner's page through the real security filter chain: anonymous
 * visitors are sent to the login page, a signed-in user without the instructor role is refused, and no request
 * a learner can make deletes anyone's data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password=test-secret"})
class InstructorSecurityTest {

    private static final String CSV = ClassExportController.CLASS_PATH;
    private static final String RESPONSES = ClassExportController.RESPONSES_PATH;

    @Autowired
    ProgressStore store;

    @Autowired
    MockMvc mvc;

    @Test
    void an_anonymous_visitor_asking_for_the_instructor_area_is_sent_to_the_login_page() throws Exception {
        mvc.perform(get("/instructor")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/instructor/class")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void an_anonymous_visitor_cannot_download_either_export() throws Exception {
        for (String export : List.of(CSV, RESPONSES, CSV + "?name=a&bom=false", RESPONSES + "?zone=UTC")) {
            mvc.perform(get(export)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }
    }

    @Test
    void a_signed_in_user_without_the_instructor_role_is_refused_both_downloads() throws Exception {
        mvc.perform(get(CSV).with(user("learner").roles("LEARNER"))).andExpect(status().isForbidden());
        mvc.perform(get(RESPONSES).with(user("learner").roles("LEARNER"))).andExpect(status().isForbidden());
    }

    @Test
    void a_learner_cannot_reach_another_learners_page() throws Exception {
        LearnerId other = someoneWithProgress();
        String page = "/instructor/learners/" + other;
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get(page).with(user("learner").roles("LEARNER"))).andExpect(status().isForbidden());
    }

    @Test
    void no_request_of_a_learner_deletes_another_learners_data() throws Exception {
        LearnerId other = someoneWithProgress();
        String page = "/instructor/learners/" + other;
        mvc.perform(post(page).with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(delete(page).with(csrf()).with(user("learner").roles("LEARNER"))).andExpect(status().isForbidden());
        mvc.perform(post(page).with(user("learner").roles("LEARNER"))).andExpect(status().isForbidden());
        assertThat(store.progress(other).isEmpty()).isFalse();
    }

    @Test
    void a_wrong_password_is_rejected() throws Exception {
        mvc.perform(formLogin("/login").user("instructor").password("not-the-secret"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void a_wrong_user_name_is_rejected_even_with_the_right_password() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("test-secret"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void the_instructor_logs_in_through_the_form_and_downloads_the_csv() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("instructor").password("test-secret"))
                .andExpect(authenticated().withRoles("INSTRUCTOR"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        MvcResult download = mvc.perform(get(CSV).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        matchesPattern("attachment; filename=\"class-progress-\\d{4}-\\d{2}-\\d{2}\\.csv\"")))
                .andReturn();
        assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFF" + String.join(",", ClassCsv.HEADER) + "\r\n");
    }

    @Test
    void the_instructor_downloads_the_responses_without_the_byte_order_mark_when_asked() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("instructor").password("test-secret")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        MvcResult download = mvc.perform(get(RESPONSES + "?bom=false&zone=Europe/Berlin&name=zz").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition",
                        matchesPattern("attachment; filename=\"responses-\\d{4}-\\d{2}-\\d{2}\\.csv\"")))
                .andReturn();
        assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(String.join(",", ResponsesCsv.HEADER) + "\r\n");
    }

    /** Spring Security marks the saved request it sends back to with {@code &continue}; the page ignores it. */
    @Test
    void logging_in_after_asking_for_an_instructor_page_lands_on_that_page() throws Exception {
        MvcResult asked = mvc.perform(get("/instructor/class?name=petrova"))
                .andExpect(redirectedUrlPattern("**/login")).andReturn();
        MockHttpSession session = (MockHttpSession) asked.getRequest().getSession(false);
        mvc.perform(post("/login").session(session).with(csrf()).param("username", "instructor")
                        .param("password", "test-secret"))
                .andExpect(authenticated()).andExpect(redirectedUrl("http://localhost/instructor/class?name=petrova&continue"));
    }

    private LearnerId someoneWithProgress() {
        LearnerId learner = LearnerId.random();
        store.update(learner, new ProgressChange.Rename("Someone", Instant.now()));
        return learner;
    }

    @Test
    void logging_out_ends_the_instructor_session() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("instructor").password("test-secret")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get(CSV).session(session)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }
}
