package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.Question;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.RightResponses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The course as a journey in a real browser: a newcomer is offered Start and a returning learner Continue, above the
 * fold on a phone; a question missed today is in Review tomorrow (the app's clock is moved, see {@link MovableClock})
 * and leaves it after right answers 1, 3, 7 and 21 days apart; passing the last quiz leads to the course-complete
 * page, whose certificate Chromium prints on exactly one A4 page and one Letter page.
 * Screenshots: {@code journey-*.png}; the PDF: {@code target/screenshots/journey-certificate-*.pdf}.
 */
@Import(MovableClock.Configuration.class)
class CourseJourneyIT extends BrowserTest {

    /** Choice and true/false questions only, so the test can answer them by their labels. */
    private static final String LESSON = "why-defections-frightened-moscow";
    private static final int PHONE_HEIGHT = 844;
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @Autowired
    MovableClock clock;
    @Autowired
    LessonLibrary library;
    @Autowired
    ProgressRecorder recorder;
    @Autowired
    QuizAttempts quizzes;

    @BeforeEach
    void startToday() {
        clock.reset();
    }

    @Test
    void a_newcomer_is_offered_start_and_a_returning_learner_continue_above_the_fold_on_a_phone() {
        Viewport.PHONE.apply(chrome(), PHONE_HEIGHT);
        openAsGuest("/");
        Lesson first = library.course().lessons().get(0);
        assertThat(continueLink().getText()).isEqualTo("Start: " + first.title());
        assertAboveTheFold(continueLink());
        screenshot("journey-home-start-phone");

        click(continueLink());
        waitFor(By.cssSelector(".lesson-body"));
        open("/");
        assertThat(textOf(continueLink())).isEqualTo("Continue: " + first.title() + " — take the quiz");
        assertAboveTheFold(continueLink());
        assertThat(textOf(driver.findElement(By.cssSelector("vaadin-details-summary")))).isEqualTo("About this course");
        screenshot("journey-home-continue-phone");
        Viewport.reset(chrome());
    }

    @Test
    void a_wrong_answer_is_in_review_the_next_day_and_leaves_it_after_right_answers() {
        openAsGuest("/lessons/" + LESSON + "/quiz");
        List<Question> questions = library.lesson(LESSON).orElseThrow().questions();
        answer(questions.get(0), false);
        questions.subList(1, questions.size()).forEach(question -> answer(question, true));
        click(button("Check answers"));
        waitFor(By.cssSelector(".quiz-summary h2"));

        open("/review");
        waitForText("Nothing due now.");
        clock.advance(Duration.ofDays(1));
        open("/");
        assertThat(textOf(continueLink())).isEqualTo("Continue: Review — 1 question due");
        assertThat(textOf(driver.findElement(By.linkText("Review (1 due)")))).isEqualTo("Review (1 due)");
        screenshot("journey-review-due");

        for (int days : List.of(3, 7, 21, 0)) {
            open("/review");
            assertThat(textOf(waitFor(By.cssSelector(".review-page h2")))).startsWith("Question 1 of 1");
            answer(questions.get(0), true);
            click(button("Check answer"));
            assertThat(textOf(waitFor(By.cssSelector(".question-card .verdict")))).isEqualTo("Right");
            if (days == 3) {
                screenshot("journey-review-checked");
            }
            click(button("Finish review"));
            clock.advance(Duration.ofDays(days));
        }

        open("/review");
        waitForText("Nothing to review.");
        open("/progress");
        waitForText("Nothing left to master");
    }

    @Test
    void passing_the_last_quiz_leads_to_a_certificate_that_prints_on_one_page() throws IOException {
        open("/");
        inputOf(waitFor(By.cssSelector("vaadin-dialog-overlay[opened]")), "vaadin-text-field", "Your name").sendKeys("Ada Lovelace");
        click(button("Save name"));
        waitForNoDialog();
        LearnerId learner = LearnerId.parse(driver.manage().getCookieNamed("then-and-now-learner").getValue()).orElseThrow();
        library.course().lessons().stream().filter(lesson -> !lesson.id().equals(LESSON))
                .forEach(lesson -> recorder.submit(learner, quizzes.start(lesson), RightResponses.of(lesson)));

        open("/lessons/" + LESSON + "/quiz");
        library.lesson(LESSON).orElseThrow().questions().forEach(question -> answer(question, true));
        click(button("Check answers"));
        click(button("Course complete: see your certificate"));
        assertThat(textOf(waitFor(By.cssSelector(".certificate-name")))).isEqualTo("Ada Lovelace");
        screenshot("journey-complete");

        assertThat(pagesPrinted("A4", 8.27, 11.69)).isEqualTo(1);
        assertThat(pagesPrinted("Letter", 8.5, 11)).isEqualTo(1);
        assertThat(printed(() -> js("return getComputedStyle(document.querySelector('vaadin-app-layout h1')).display;")))
                .isEqualTo("none");
        printed(() -> screenshot("journey-certificate-print"));

        open("/");
        assertThat(textOf(continueLink())).isEqualTo("Course complete: see your certificate");
    }

    private WebElement continueLink() {
        return waitFor(By.cssSelector("a.continue-link"));
    }

    private void assertAboveTheFold(WebElement element) {
        Number bottom = (Number) js("return arguments[0].getBoundingClientRect().bottom;", element);
        System.out.printf("journey: the continue card's link ends %.0f px down a %d px phone screen%n", bottom.doubleValue(), PHONE_HEIGHT);
        assertThat(bottom.doubleValue()).isLessThanOrEqualTo(PHONE_HEIGHT);
    }

    /** Prints the page to PDF as Chromium does for this paper, saves it, and counts its pages. */
    private int pagesPrinted(String paper, double widthInches, double heightInches) throws IOException {
        Map<String, Object> pdf = chrome().executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", widthInches, "paperHeight", heightInches, "preferCSSPageSize", false));
        byte[] bytes = Base64.getDecoder().decode(String.valueOf(pdf.get("data")));
        Path file = Path.of("target", "screenshots", "journey-certificate-" + paper + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return (int) PDF_PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).results().count();
    }

    /** What {@code look} finds while the page is shown as print media. */
    private Object printed(Supplier<Object> look) {
        chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return look.get();
        } finally {
            chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Answers a choice or true/false question by the labels of its options: right, or with a wrong option. */
    private void answer(Question question, boolean right) {
        WebElement card = waitFor(By.cssSelector("section.question-card[aria-labelledby='question-" + question.text().number() + "']"));
        if (question instanceof Question.TrueFalse truth) {
            choose(card, "vaadin-radio-button", right == truth.answer() ? "True" : "False");
        } else if (question instanceof Question.Choice choice) {
            String tag = question instanceof Question.SingleChoice ? "vaadin-radio-button" : "vaadin-checkbox";
            choice.options().stream().filter(option -> option.correct() == right).map(ChoiceOption::text)
                    .limit(right ? Long.MAX_VALUE : 1).forEach(text -> choose(card, tag, text));
        } else {
            throw new IllegalArgumentException("not a choice question: " + question.text().prompt());
        }
    }

    private void choose(WebElement card, String tag, String label) {
        click(card.findElement(By.xpath(".//" + tag + "[label[@slot='label' and normalize-space(.)=" + xpathLiteral(label) + "]]")));
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) driver;
    }
}
