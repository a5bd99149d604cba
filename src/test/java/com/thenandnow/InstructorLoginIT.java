package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The instructor's login in a real browser: the form carries its CSRF token, a wrong password is told
 * plainly, a right one lands in the instructor area, logging out says so. Every page visited on the way,
 * learner pages included, runs under the Content-Security-Policy without a single violation.
 */
class InstructorLoginIT extends BrowserTest {

    @Test
    void the_instructor_logs_in_through_the_form_and_out_again() {
        logIn("wrong guess");
        waitFor("the login page again", d -> d.getCurrentUrl().endsWith("/login?error"));
        waitForVaadin();
        assertThat(js("return arguments[0].error;", waitFor(By.tagName("vaadin-login-form")))).isEqualTo(true);

        logIn("test-secret");
        waitFor("the instructor area", d -> d.getCurrentUrl().endsWith("/instructor"));
        waitForText("Lesson files");
        screenshot("instructor-after-login");

        click(button("Log out"));
        waitForText("You have been logged out.");
        assertThat(driver.getCurrentUrl()).endsWith("/login?logout");
    }

    @Test
    void no_page_breaks_the_content_security_policy() {
        consoleMessages();
        for (String page : List.of("/", "/lessons/stalins-daughter", "/lessons/stalins-daughter/quiz", "/progress",
                "/no-such-page", "/login")) {
            open(page);
        }
        logIn("test-secret");
        waitForText("Lesson files");
        open("/instructor/class");
        open("/instructor/preview/02-stalins-daughter.md");

        assertThat(consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }
}
