package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.RightResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page state, on a desktop and on a phone in light and dark: axe-core's WCAG 2.2 A/AA and best-practice
 * rules find nothing; at 320 px nothing scrolls sideways; on a touch screen every control is at least 44 × 44 px
 * (links inside running text excepted, as WCAG 2.5.8 allows); the console shows no error. The window grows to
 * the page's height, so every element is in view. One walk through the pages feeds those four tests; it saves
 * {@code target/screenshots/a11y-PAGE-light.png} and {@code -dark.png} at 390 px.
 * <p>
 * To check a new page, add a line to {@link #LEARNER_PAGES} or {@link #INSTRUCTOR_PAGES}.
 */
class AccessibilityIT extends BrowserTest {

    private static final String LESSON = "stalins-daughter";
    private static final int FINGER_PX = 44;
    /** The quiz checked on the way leaves question 2 (a number) unanswered, so it is in review; opened as My progress links it. */
    private static final String REVIEW_UNANSWERED = "/review?lesson=" + LESSON + "&question=2";

    /** What a learner meets, in this order: the first visit opens the name dialog, the quiz leaves things to review. */
    private static final List<PageState> LEARNER_PAGES = List.of(
            new PageState("name-dialog", "/", it -> it.waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"))),
            PageState.of("home", "/"),
            PageState.of("phone-menu", "/").then(AccessibilityIT::openThePhoneMenu),
            PageState.of("lesson", "/lessons/" + LESSON),
            PageState.of("locked-lesson", "/lessons/reading-the-argument"),
            PageState.of("quiz", "/lessons/" + LESSON + "/quiz"),
            PageState.of("quiz-checked", "/lessons/" + LESSON + "/quiz").then(AccessibilityIT::answerSomeAndCheck),
            PageState.of("quiz-ordering", "/lessons/the-dancers-who-stayed/quiz"),
            PageState.of("quiz-matching", "/lessons/how-moscow-answered/quiz"),
            PageState.of("progress", "/progress"),
            PageState.of("review-nothing-due", "/review"),
            PageState.of("review-question", REVIEW_UNANSWERED),
            PageState.of("review-checked", REVIEW_UNANSWERED).then(it -> it.click(it.button("Check answer"))),
            PageState.of("complete-not-yet", "/complete"),
            PageState.of("glossary", "/glossary"),
            PageState.of("timeline", "/timeline"),
            PageState.of("not-found", "/no-such-page"),
            PageState.of("login", "/login"),
            PageState.of("complete", "/complete").then(AccessibilityIT::passEveryQuizAndReload),
            PageState.of("home-complete", "/"));

    /** The instructor area, visited after logging in. */
    private static final List<PageState> INSTRUCTOR_PAGES = List.of(
            PageState.of("instructor-lessons", "/instructor"),
            PageState.of("instructor-class", "/instructor/class"),
            PageState.of("instructor-learner", "/instructor/class").then(AccessibilityIT::openTheFirstLearner),
            PageState.of("instructor-preview", "/instructor/preview/02-stalins-daughter.md"),
            PageState.of("instructor-preview-glossary", "/instructor/preview/_glossary.md"));

    private static final List<Viewport> VIEWPORTS = List.of(Viewport.DESKTOP, Viewport.PHONE, Viewport.PHONE_DARK,
            Viewport.NARROWEST);

    private static Findings findings;

    @Autowired
    LessonLibrary library;
    @Autowired
    ProgressRecorder recorder;
    @Autowired
    QuizAttempts quizzes;

    /** A page to check: where it is, and what to do there first. */
    record PageState(String name, String path, Consumer<AccessibilityIT> steps) {

        static PageState of(String name, String path) {
            return new PageState(name, path, AccessibilityIT::continueAsGuestIfAsked);
        }

        PageState then(Consumer<AccessibilityIT> more) {
            return new PageState(name, path, steps.andThen(more));
        }
    }

    /** What the walk found: axe's violations by rule, sideways overflow, small targets, console errors. */
    static final class Findings {
        final Map<String, List<String>> axe = new TreeMap<>();
        final List<String> overflow = new ArrayList<>();
        final List<String> smallTargets = new ArrayList<>();
        final List<String> consoleErrors = new ArrayList<>();

        String axeSummary() {
            StringBuilder summary = new StringBuilder("axe violations by rule (page@viewport: element | why):");
            axe.forEach((rule, where) -> summary.append(String.format("%n%s: %d%n  %s", rule, where.size(),
                    String.join("\n  ", where))));
            return summary.toString();
        }
    }

    @Test
    void axe_finds_no_wcag_2_2_a_or_aa_or_best_practice_violation_on_any_page_at_desktop_or_phone_size() {
        assertThat(findings().axe).as(findings().axeSummary()).isEmpty();
    }

    @Test
    void no_page_scrolls_sideways_at_320_px() {
        assertThat(findings().overflow).isEmpty();
    }

    @Test
    void every_control_is_at_least_44_px_square_on_a_touch_screen() {
        assertThat(findings().smallTargets).isEmpty();
    }

    @Test
    void no_page_logs_an_error_to_the_console() {
        assertThat(findings().consoleErrors).isEmpty();
    }

    private Findings findings() {
        if (findings == null) {
            findings = new Findings();
            consoleMessages();
            LEARNER_PAGES.forEach(this::check);
            logIn("test-secret");
            waitForText("Lesson files");
            INSTRUCTOR_PAGES.forEach(this::check);
            Viewport.reset(chrome());
            System.out.println(findings.axeSummary());
        }
        return findings;
    }

    private void check(PageState page) {
        Viewport.DESKTOP.apply(chrome(), 900);
        open(page.path());
        page.steps().accept(this);
        for (Viewport viewport : VIEWPORTS) {
            show(viewport);
            String where = page.name() + "@" + viewport.name();
            if (viewport != Viewport.NARROWEST) {
                Axe.run(page()).forEach(v -> findings.axe.computeIfAbsent(v.rule(), rule -> new ArrayList<>())
                        .addAll(v.nodes().stream().map(node -> where + ": " + node).toList()));
            } else {
                LayoutProbe.sidewaysOverflow(page()).forEach(found -> findings.overflow.add(where + ": " + found));
            }
            if (viewport.touch()) {
                LayoutProbe.smallTargets(page(), FINGER_PX).forEach(found -> findings.smallTargets.add(where + ": " + found));
            }
            if (viewport.width() == Viewport.PHONE.width()) {
                screenshot("a11y-" + page.name() + (viewport.dark() ? "-dark" : "-light"));
            }
        }
        consoleMessages().stream().filter(message -> message.startsWith("SEVERE"))
                .forEach(message -> findings.consoleErrors.add(page.name() + ": " + message));
    }

    /** Sets the viewport, then grows it to the page's height (twice: a taller window can reflow the page). */
    private void show(Viewport viewport) {
        int height = 900;
        for (int round = 0; round < 2; round++) {
            viewport.apply(chrome(), height);
            LayoutProbe.settle(page());
            waitForVaadin();
            height = Math.max(900, LayoutProbe.pageHeight(page()));
        }
        viewport.apply(chrome(), height);
        LayoutProbe.settle(page());
        waitFor("the " + viewport.name() + " theme", d -> htmlTheme().equals(viewport.dark() ? "dark" : ""));
    }

    private void continueAsGuestIfAsked() {
        if (!driver.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty()) {
            click(button("Continue as guest"));
            waitForNoDialog();
        }
    }

    /** The menu button shows only on narrow screens; the menu stays open when the window widens again. */
    private void openThePhoneMenu() {
        Viewport.PHONE.apply(chrome(), 900);
        click(driver.findElement(By.cssSelector(".menu-button")));
        waitFor("the menu to open", d -> "true".equals(d.findElement(By.cssSelector(".menu-button")).getAttribute("aria-expanded")));
    }

    /** The learners of the walk above: the guest who checked a quiz has a page with an attempt and its answers. */
    private void openTheFirstLearner() {
        click(waitFor(By.cssSelector("a.learner-link")));
        waitFor(By.cssSelector(".learner-page h1"));
    }

    /** Picks the first option of every choice question, so the checked quiz shows right, wrong and unanswered. */
    private void answerSomeAndCheck() {
        waitFor(By.cssSelector("section.question-card"));
        for (WebElement card : driver.findElements(By.cssSelector("section.question-card"))) {
            card.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox")).stream().findFirst().ifPresent(this::click);
        }
        click(button("Check answers"));
        waitFor(By.cssSelector(".quiz-summary h2"));
    }

    /** Every quiz passed through the recorder, as this browser's learner; then the page again. */
    private void passEveryQuizAndReload() {
        LearnerId learner = LearnerId.parse(driver.manage().getCookieNamed("then-and-now-learner").getValue()).orElseThrow();
        library.course().lessons().forEach(lesson -> recorder.submit(learner, quizzes.start(lesson), RightResponses.of(lesson)));
        open(driver.getCurrentUrl().replace("http://localhost:" + port, ""));
        waitFor(By.cssSelector(".certificate"));
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) driver;
    }

    private JavascriptExecutor page() {
        return (JavascriptExecutor) driver;
    }
}
