package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerNames;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instructor with a laptop (1366 px) and a phone: the class page fits (every lesson column at 1366 px, a card
 * per learner on a phone), the filter follows to a learner's page,
 * a question opens in its preview with focus, both downloads come with a byte-order mark, a learner is deleted
 * after a confirmation; and a learner forgets themself. The browser runs in Berlin time, so every page must say
 * so. Screenshots: target/screenshots/instructor-*.png and learner-forget-me.png.
 */
class InstructorJourneyIT extends BrowserTest {

    private static final String LESSON = "stalins-daughter";
    private static final Dimension LAPTOP = new Dimension(1366, 768);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension USUAL = new Dimension(1280, 1600);

    @Autowired
    ProgressStore store;
    @Autowired
    ProgressRecorder recorder;
    @Autowired
    LearnerNames names;
    @Autowired
    QuizAttempts quizzes;
    @Autowired
    LessonLibrary library;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void inBerlin() {
        ((HasCdp) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
    }

    @AfterEach
    void usualWindow() {
        driver.manage().window().setSize(USUAL);
    }

    /** Three learners who each missed every question of the lesson on their first try, one with an awkward name. */
    private LearnerId recordAClass() {
        Lesson lesson = library.lesson(LESSON).orElseThrow();
        List<String> learners = List.of("Zoë Petrova " + suffix, "Petrova, \"Z\" " + suffix, "Ivan " + suffix);
        LearnerId first = null;
        for (String name : learners) {
            LearnerId learner = LearnerId.random();
            names.rename(learner, name);
            recorder.markRead(learner, lesson);
            recorder.submit(learner, quizzes.start(lesson), Map.of(1, Response.BLANK));
            first = first == null ? learner : first;
        }
        return first;
    }

    @Test
    void the_instructor_follows_a_learner_and_a_question_downloads_both_files_and_deletes_the_learner() {
        LearnerId zoe = recordAClass();
        driver.manage().window().setSize(LAPTOP);
        logIn("test-secret");
        waitForText("Lesson files");
        open("/instructor/class?name=" + suffix);
        waitFor(By.linkText("Zoë Petrova " + suffix));
        waitForText("Times are in Europe/Berlin.");
        assertThat(bodyText()).contains("3 learners whose name contains “" + suffix + "”.", "Times are in Europe/Berlin.",
                "Needs attention");
        screenshot("instructor-class-progress-1366");
        assertThat(pageFitsSideways()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".learner-grid thead th"))).as("name, passed and 7 lessons")
                .hasSize(2 + library.course().lessons().size());
        for (String table : List.of("lesson-summary-grid", "learner-grid", "item-analysis-grid")) {
            WebElement shown = driver.findElement(By.cssSelector(".responsive-table." + table));
            assertThat(fitsSideways(shown)).as(table).isTrue();
            js("arguments[0].scrollIntoView({block: 'start'});", shown);
            screenshot("instructor-" + table + "-1366");
        }
        js("document.querySelector('h1').scrollIntoView();");

        assertThat(download("Class progress CSV")).startsWith("\uFEFFlearner_id,learner_name,lesson_id,");
        assertThat(download("Responses CSV")).startsWith("\uFEFFlearner_id,").contains("\"Petrova, \"\"Z\"\" " + suffix + "\"")
                .contains("+01:00,1,");

        click(driver.findElement(By.linkText("Zoë Petrova " + suffix)));
        waitForText("Attempt 1"); // the class page also names the time zone, so only the learner's page says this
        assertThat(bodyText()).contains("Times are in Europe/Berlin.", "✗ Not answered");
        screenshot("instructor-learner-page");

        assertThat(focused()).containsEntry("tag", "h1");
        click(driver.findElement(By.xpath("//a[normalize-space(.)='← Class progress']")));
        waitFor(By.linkText("Zoë Petrova " + suffix));
        assertThat(driver.getCurrentUrl()).endsWith("/instructor/class?name=" + suffix);

        Lesson lesson = library.lesson(LESSON).orElseThrow();
        click(driver.findElement(By.linkText("1. " + lesson.questions().get(0).text().prompt())));
        waitFor("the question to have focus", d -> "question-1".equals(js("return document.activeElement && document.activeElement.id;")));
        screenshot("instructor-question-in-preview");

        open("/instructor/learners/" + zoe);
        click(button("Delete this learner's data…"));
        waitFor(By.cssSelector("vaadin-confirm-dialog-overlay[opened]"));
        screenshot("instructor-delete-confirmation");
        click(button("Delete"));
        waitFor("the class page again", d -> d.getCurrentUrl().contains("/instructor/class"));
        assertThat(store.progress(zoe).isEmpty()).isTrue();
    }

    @Test
    void the_class_page_fits_a_phone_without_the_page_scrolling_sideways() {
        recordAClass();
        logIn("test-secret");
        waitForText("Lesson files");
        driver.manage().window().setSize(PHONE);
        open("/instructor/class?name=" + suffix);
        waitFor(By.linkText("Zoë Petrova " + suffix));
        assertThat(pageFitsSideways()).isTrue();
        screenshot("instructor-class-progress-phone");
        WebElement learners = driver.findElement(By.cssSelector(".responsive-table.learner-grid"));
        assertThat(fitsSideways(learners)).isTrue();
        assertThat(js("return getComputedStyle(arguments[0].querySelector('tbody tr')).display;", learners))
                .as("each learner is a card").isEqualTo("block");
        js("arguments[0].scrollIntoView({block: 'start'});", learners);
        screenshot("instructor-learner-grid-phone");
    }

    @Test
    void a_learner_forgets_themself_and_this_browser_starts_afresh() {
        openAsGuest("/lessons/" + LESSON);
        Cookie before = driver.manage().getCookieNamed("then-and-now-learner");
        LearnerId learner = new LearnerId(before.getValue());
        assertThat(store.progress(learner).isEmpty()).isFalse();

        open("/progress");
        waitForText("Times are in Europe/Berlin.");
        click(button("Forget me…"));
        waitFor(By.cssSelector("vaadin-confirm-dialog-overlay[opened]"));
        screenshot("learner-forget-me");
        click(button("Forget me"));

        waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
        assertThat(store.progress(learner).isEmpty()).isTrue();
        assertThat(driver.manage().getCookieNamed("then-and-now-learner").getValue()).isNotEqualTo(before.getValue());
        assertThat(driver.manage().getCookieNamed("then-and-now-guest")).isNull();
    }

    /** Whether the table shows every column within its box and the window, without scrolling sideways. */
    private boolean fitsSideways(WebElement table) {
        return (Boolean) js("const box = arguments[0]; const table = box.querySelector('table');"
                + " return table.scrollWidth <= box.clientWidth && table.getBoundingClientRect().right <= window.innerWidth;",
                table);
    }

    private boolean pageFitsSideways() {
        return (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    /** The text of a download link's file, fetched with the page's session. */
    private String download(String linkText) {
        String href = driver.findElement(By.linkText(linkText)).getAttribute("href");
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)));",
                href));
    }
}
