package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.MatchPair;
import com.thenandnow.lesson.Question;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner with a mouse: name, home, a lesson, its quiz, the summary, progress; and what a quiz page must not leak. */
class LearnerJourneyIT extends BrowserTest {

    private static final String LESSON = "stalins-daughter";

    @Autowired
    LessonLibrary library;

    @Test
    void a_new_learner_names_themself_passes_a_quiz_with_the_mouse_and_sees_it_on_their_progress_page() {
        open("/");
        WebElement nameInput = inputOf(waitFor(By.cssSelector("vaadin-dialog-overlay[opened]")), "vaadin-text-field", "Your name");
        nameInput.sendKeys("Mouse Learner");
        click(button("Save name"));
        waitForNoDialog();
        button("Mouse Learner");

        assertThat(bodyText()).contains("0 of 7 lessons passed");
        assertThat(driver.findElements(By.cssSelector("li.lesson-card"))).hasSize(7);

        Lesson lesson = lesson(LESSON);
        click(driver.findElement(By.linkText(lesson.title())));
        click(button("Take the quiz"));
        waitFor(By.cssSelector("section.question-card"));
        lesson.questions().forEach(question -> question.accept(new MouseAnswers(card(question))));
        waitForText("Answered " + lesson.questions().size() + " of " + lesson.questions().size());
        click(button("Check answers"));

        assertThat(textOf(waitFor(By.cssSelector(".quiz-summary h2")))).isEqualTo("Your score: 100% — passed");
        screenshot("quiz-passed");

        click(driver.findElement(By.linkText("My progress")));
        waitForText("lessons passed.");
        assertThat(bodyText()).contains("Mouse Learner: 1 of 7 lessons passed.");
        assertThat(tableRow(lesson.title())).contains("Passed", "100%");
    }

    @Test
    void a_quiz_page_holds_no_explanation_or_right_answer_until_it_is_checked() {
        openAsGuest("/lessons/" + LESSON + "/quiz");
        Lesson lesson = lesson(LESSON);
        waitFor(By.cssSelector("section.question-card"));
        List<String> explanations = lesson.questions().stream()
                .map(question -> plain(Jsoup.parse(question.text().explanationHtml()).text()))
                .filter(text -> !text.isEmpty()).toList();
        assertThat(explanations).hasSize(lesson.questions().size());

        String before = everythingInThePage();
        assertThat(before).contains(lesson.questions().get(0).text().prompt());
        assertThat(before).doesNotContain("Right answer");
        explanations.forEach(explanation -> assertThat(before).doesNotContain(explanation));

        click(button("Check answers"));
        waitFor(By.cssSelector(".quiz-summary h2"));
        String after = plain(bodyText());
        assertThat(after).contains("Right answer");
        explanations.forEach(explanation -> assertThat(after).contains(explanation));
    }

    @Test
    void a_wrong_answer_is_marked_wrong_and_shows_the_right_answer() {
        openAsGuest("/lessons/" + LESSON + "/quiz");
        Question.SingleChoice first = (Question.SingleChoice) lesson(LESSON).questions().get(0);
        ChoiceOption wrong = first.options().stream().filter(option -> !option.correct()).findFirst().orElseThrow();
        WebElement card = card(first);
        click(labelled(card, "vaadin-radio-button", wrong.text()));
        click(button("Check answers"));
        waitFor(By.cssSelector(".quiz-summary h2"));

        WebElement outcome = card(first).findElement(By.className("outcome"));
        assertThat(textOf(outcome.findElement(By.className("verdict")))).isEqualTo("Wrong");
        assertThat(lines(textOf(outcome))).contains("Right answer", first.options().get(first.rightOption()).text());
    }

    @Test
    void an_unknown_lesson_shows_a_friendly_not_found_page_with_a_way_back() {
        openAsGuest("/lessons/no-such-lesson");
        assertThat(textOf(waitFor(By.tagName("h1")))).isEqualTo("Page not found");
        assertThat(bodyText()).contains("There is no lesson 'no-such-lesson'");
        assertThat(driver.getPageSource() + bodyText()).doesNotContain("Exception");

        click(driver.findElement(By.linkText("Back to the course")));
        waitForText("lessons passed");
        assertThat(driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void a_mistyped_address_shows_the_not_found_page_not_the_instructor_login() {
        openAsGuest("/no/such/page");
        assertThat(textOf(waitFor(By.tagName("h1")))).isEqualTo("Page not found");
        assertThat(bodyText()).contains("There is nothing at '/no/such/page'").doesNotContain("Couldn't find route");
        assertThat(driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/no/such/page");
    }

    private Lesson lesson(String id) {
        return library.lesson(id).orElseThrow();
    }

    private WebElement card(Question question) {
        return waitFor(By.cssSelector("section.question-card[aria-labelledby='question-" + question.text().number() + "']"));
    }

    private String tableRow(String lessonTitle) {
        return String.valueOf(js("""
                const row = [...document.querySelectorAll('.responsive-table tbody tr')]
                    .find(r => r.cells[0].textContent.trim() === arguments[0]);
                return row ? [...row.cells].map(c => c.textContent.trim()).join(' | ') : '';
                """, lessonTitle));
    }

    /** The page source plus the text of every element, shadow roots and overlays included. */
    private String everythingInThePage() {
        Object deepText = js("""
                const parts = [document.documentElement.textContent];
                const visit = root => root.querySelectorAll('*').forEach(el => {
                  if (el.shadowRoot) { parts.push(el.shadowRoot.textContent); visit(el.shadowRoot); }
                });
                visit(document);
                return parts.join('\\n');
                """);
        return plain(driver.getPageSource() + "\n" + deepText);
    }

    private static String plain(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static WebElement labelled(WebElement scope, String tag, String label) {
        return scope.findElement(By.xpath(".//" + tag + "[label[@slot='label' and normalize-space(.)=" + xpathLiteral(label) + "]]"));
    }

    /** Answers one question right with the mouse, finding options by their text: they are shuffled. */
    private final class MouseAnswers implements Question.Visitor<Void> {

        private final WebElement card;

        MouseAnswers(WebElement card) {
            this.card = card;
        }

        @Override
        public Void singleChoice(Question.SingleChoice question) {
            return choose("vaadin-radio-button", question.options().get(question.rightOption()).text());
        }

        @Override
        public Void multipleChoice(Question.MultipleChoice question) {
            question.options().stream().filter(ChoiceOption::correct).forEach(option -> choose("vaadin-checkbox", option.text()));
            return null;
        }

        @Override
        public Void trueFalse(Question.TrueFalse question) {
            return choose("vaadin-radio-button", question.answer() ? "True" : "False");
        }

        @Override
        public Void shortAnswer(Question.ShortAnswer question) {
            inputOf(card, "vaadin-text-field", "Your answer").sendKeys(question.variants().get(0));
            return null;
        }

        @Override
        public Void number(Question.NumberAnswer question) {
            inputOf(card, "vaadin-text-field", "Your answer (a number)").sendKeys(question.value().toPlainString());
            return null;
        }

        @Override
        public Void ordering(Question.Ordering question) {
            for (int target = 0; target < question.items().size(); target++) {
                String item = question.items().get(target);
                while (positionOf(item) > target) {
                    click(card.findElement(By.cssSelector("vaadin-button[aria-label=" + cssString("Move '" + item + "' up") + "]")));
                }
            }
            return null;
        }

        @Override
        public Void matching(Question.Matching question) {
            for (MatchPair pair : question.pairs()) {
                click(labelled(card, "vaadin-select", pair.left()));
                click(waitFor(By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)="
                        + xpathLiteral(pair.right()) + "]")));
                waitFor(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
                waitForVaadin();
            }
            return null;
        }

        private Void choose(String tag, String label) {
            click(labelled(card, tag, label));
            return null;
        }

        private int positionOf(String item) {
            List<String> shown = card.findElements(By.className("ordering-text")).stream().map(LearnerJourneyIT.this::textOf).toList();
            assertThat(shown).contains(item);
            return shown.indexOf(item);
        }

        private static String cssString(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
