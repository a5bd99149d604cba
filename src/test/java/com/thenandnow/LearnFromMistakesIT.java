package com.thenandnow;

import static com.thenandnow.LearnerJourneyIT.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.Question;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.quiz.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner answers a quiz of the real course with mistakes (and a typo), reloads mid-quiz and finds every answer,
 * checks, reads the marks and the summary, follows a summary link, leaves and comes Back to the checked quiz,
 * retries only the mistakes and passes. Screenshots go to target/screenshots/learn-*.png; the count of questions re-answered is
 * written to target/screenshots/learn-retry-count.txt.
 */
class LearnFromMistakesIT extends BrowserTest {

    private static final String LESSON = "the-dancers-who-stayed";
    private static final double LEAST_CONTRAST = 4.5;

    @Autowired
    LessonLibrary library;
    @Autowired
    ProgressStore store;

    @Test
    void a_learner_sees_marks_and_a_summary_retries_only_the_mistakes_and_loses_no_answer_on_reload() throws IOException {
        Lesson lesson = library.lesson(LESSON).orElseThrow();
        openAsGuest("/lessons/" + LESSON + "/quiz");
        assertThat(answeredCount()).isEqualTo("Answered 0 of 6");

        typeInto(3, "Your answer", "B");
        assertThat(answeredCount()).as("the count follows the first keystroke").isEqualTo("Answered 1 of 6");
        typeInto(3, "Your answer", "aryshnikv");
        click(labelled(card(4), "vaadin-radio-button", wrongOption(lesson, 4).text()));
        click(labelled(card(5), "vaadin-radio-button", "True"));
        waitFor("the draft to hold the typed answer", d -> draft().containsValue(new Response.Typed("Baryshnikv")));

        driver.navigate().refresh();
        waitForVaadin();
        waitFor(By.cssSelector("section.question-card"));
        assertThat(answeredCount()).as("answers found again after a reload").isEqualTo("Answered 3 of 6");
        assertThat(js("return arguments[0].value;", inputOf(card(3), "vaadin-text-field", "Your answer"))).isEqualTo("Baryshnikv");
        assertThat(labelled(card(5), "vaadin-radio-button", "True").getAttribute("checked")).isNotNull();
        screenshot("learn-1-answers-kept-after-reload");

        click(button("Keep this order"));
        WebElement number = inputOf(card(2), "vaadin-text-field", "Your answer (a number)");
        click(number);
        number.sendKeys("0", Keys.ENTER);
        waitForVaadin();
        waitFor("Enter to move focus to question 3", d -> "question-3".equals(focused().get("question")));
        click(labelled(card(6), "vaadin-radio-button", rightOption(lesson, 6).text()));
        assertThat(answeredCount()).isEqualTo("Answered 6 of 6");
        click(button("Check answers"));

        String score = textOf(waitFor(By.cssSelector(".quiz-summary h2")));
        assertThat(score).endsWith("not passed yet");
        assertThat(textsOf(".quiz-summary .mistakes a")).hasSize(3).allSatisfy(link -> assertThat(link).matches("Question [145]: .*"));
        assertThat(marksOf(4)).contains(wrongOption(lesson, 4).text() + " | Your answer · wrong",
                rightOption(lesson, 4).text() + " | Right answer");
        assertThat(textOf(card(4))).contains(plain(wrongOption(lesson, 4).feedbackHtml()));
        assertThat(marksOf(3)).containsExactly("Baryshnikv | Your answer · right — check the spelling: Baryshnikov");
        assertThat(leastContrast()).as("contrast of every mark, light").isGreaterThanOrEqualTo(LEAST_CONTRAST);
        screenshot("learn-2-checked-summary-first");

        click(driver.findElement(By.cssSelector(".quiz-summary .mistakes li:nth-child(2) a")));
        waitFor("focus on question 4's heading", d -> "question-4".equals(focused().get("question")) && "h3".equals(focused().get("tag")));
        screenshot("learn-3-summary-link-moved-focus");
        js("document.documentElement.setAttribute('theme', 'dark');");
        assertThat(leastContrast()).as("contrast of every mark, dark").isGreaterThanOrEqualTo(LEAST_CONTRAST);
        screenshot("learn-4-marks-dark");
        js("document.documentElement.removeAttribute('theme');");

        assertThat(driver.getCurrentUrl()).contains("/quiz?attempt=");
        click(button("Back to the lesson"));
        waitFor(By.cssSelector(".lesson-body"));
        driver.navigate().back();
        waitForVaadin();
        assertThat(textOf(waitFor(By.cssSelector(".quiz-summary h2")))).as("Back shows the quiz checked").isEqualTo(score);
        assertThat(marksOf(4)).contains(wrongOption(lesson, 4).text() + " | Your answer · wrong");

        click(button("Retry my mistakes"));
        waitFor(By.cssSelector(".quiz-intro"));
        List<WebElement> retried = driver.findElements(By.cssSelector("section.question-card"));
        int reanswered = retried.size();
        assertThat(retried).extracting(card -> card.getAttribute("aria-labelledby"))
                .containsExactly("question-1", "question-4", "question-5");
        screenshot("learn-5-retry-only-mistakes");
        putInOrder((Question.Ordering) lesson.questions().get(0));
        click(labelled(card(4), "vaadin-radio-button", rightOption(lesson, 4).text()));
        click(labelled(card(5), "vaadin-radio-button", "False"));
        click(button("Check answers"));
        assertThat(textOf(waitFor(By.cssSelector(".quiz-summary h2")))).isEqualTo("Your score: 100% — passed");
        assertThat(button("Next lesson").getAttribute("theme")).contains("primary");
        screenshot("learn-6-retry-passed");

        driver.manage().window().setSize(new Dimension(390, 1400));
        js("window.scrollTo(0, 0);");
        screenshot("learn-7-phone");
        driver.manage().window().setSize(new Dimension(1280, 1600));
        Files.writeString(Path.of("target", "screenshots", "learn-retry-count.txt"), "Retry my mistakes: re-answered "
                + reanswered + " of " + lesson.questions().size() + " questions; a full retry re-answers "
                + lesson.questions().size() + "\n");
    }

    private WebElement card(int number) {
        return waitFor(By.cssSelector("section.question-card[aria-labelledby='question-" + number + "']"));
    }

    private String answeredCount() {
        return textOf(driver.findElement(By.className("answered-count")));
    }

    private void typeInto(int question, String label, String text) {
        inputOf(card(question), "vaadin-text-field", label).sendKeys(text);
        waitForVaadin();
    }

    private List<String> marksOf(int question) {
        return card(question).findElements(By.cssSelector(".mark")).stream()
                .map(mark -> textOf(mark.findElement(By.className("mark-text"))) + " | "
                        + mark.findElements(By.className("mark-words")).stream().map(this::textOf).findFirst().orElse(""))
                .toList();
    }

    private Map<Integer, Response> draft() {
        LearnerId learner = LearnerId.parse(driver.manage().getCookieNamed("then-and-now-learner").getValue()).orElseThrow();
        return store.progress(learner).lesson(LESSON).draft().map(draft -> draft.responses()).orElse(Map.of());
    }

    /** Moves items up with the mouse until the list is in the right order. */
    private void putInOrder(Question.Ordering question) {
        for (int target = 0; target < question.items().size(); target++) {
            String item = question.items().get(target);
            while (textsOf("section.question-card[aria-labelledby='question-1'] .ordering-text").indexOf(item) > target) {
                click(card(1).findElement(By.cssSelector("vaadin-button[aria-label=\"Move '" + item + "' up\"]")));
            }
        }
    }

    /** The lowest contrast ratio of any mark's text and words against what is behind them. */
    private double leastContrast() {
        return ((Number) js("""
                const rgba = c => { const p = c.match(/[\\d.]+/g).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
                const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
                    b: top.b * top.a + under.b * (1 - top.a), a: 1});
                const background = el => {
                  const layers = [];
                  for (let e = el; e; e = e.parentElement || (e.getRootNode().host || null)) {
                    const c = rgba(getComputedStyle(e).backgroundColor);
                    if (c.a > 0) { layers.push(c); if (c.a >= 1) break; }
                  }
                  return layers.reverse().reduce((under, top) => over(top, under), rgba(getComputedStyle(document.documentElement).backgroundColor));
                };
                const lum = c => [c.r, c.g, c.b].map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
                    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const ratio = el => { const bg = background(el); const fg = over(rgba(getComputedStyle(el).color), bg);
                    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x); return (a + 0.05) / (b + 0.05); };
                const texts = [...document.querySelectorAll('.mark-text, .mark-words, .verdict, .quiz-summary h2, .quiz-summary a')];
                return texts.length === 0 ? 0 : Math.min(...texts.map(ratio));
                """)).doubleValue();
    }

    private static ChoiceOption wrongOption(Lesson lesson, int number) {
        return ((Question.Choice) lesson.questions().get(number - 1)).options().stream().filter(option -> !option.correct())
                .filter(ChoiceOption::hasFeedback).findFirst().orElseThrow();
    }

    private static ChoiceOption rightOption(Lesson lesson, int number) {
        return ((Question.Choice) lesson.questions().get(number - 1)).options().stream().filter(ChoiceOption::correct)
                .findFirst().orElseThrow();
    }

    private static String plain(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }
}
