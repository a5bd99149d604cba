package com.thenandnow.progress.ops;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The actuator through the real security chain: health is open and terse, everything else is the instructor's. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password=test-secret"})
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void health_and_its_probes_are_open_and_show_only_the_status() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$", not(hasKey("components"))));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void every_other_actuator_endpoint_sends_an_anonymous_visitor_to_the_login() throws Exception {
        for (String endpoint : new String[] {"/actuator", "/actuator/metrics", "/actuator/metrics/quiz.checks", "/actuator/info"}) {
            mvc.perform(get(endpoint)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }
    }

    @Test
    void the_instructor_sees_the_store_and_the_lessons_in_health_and_reads_the_metrics() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(user("instructor").roles("INSTRUCTOR"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.progressStore.status").value("UP"))
                .andExpect(jsonPath("$.components.progressStore.details.store").value("JournalProgressStore"))
                .andExpect(jsonPath("$.components.lessons.status").value("UP"));
        for (String meter : new String[] {"quiz.checks", "progress.learners.active", "progress.learners.stored",
                "progress.journal.lag", "progress.journal.size", "lessons.reload"}) {
            mvc.perform(get("/actuator/metrics/" + meter).with(user("instructor").roles("INSTRUCTOR"))).andExpect(status().isOk());
        }
    }

    @Test
    void a_signed_in_user_without_the_instructor_role_is_refused_the_metrics() throws Exception {
        mvc.perform(get("/actuator/metrics").with(user("learner").roles("LEARNER"))).andExpect(status().isForbidden());
    }
}
