package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.MatchPair;
import com.thenandnow.lesson.Question;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner who uses only the keyboard takes the whole course: Tab to move, Enter, Space and arrow keys
 * to act, typing into fields. Nothing is clicked; the page is read only to know where focus is.
 */
class KeyboardJourneyIT extends BrowserTest {

    private static final int MOST_TABS = 200;

    @Autowired
    LessonLibrary library;

    /** The last focus stops, for failure messages. */
    private final Deque<String> trail = new ArrayDeque<>();

    @Test
    void a_learner_finishes_the_whole_course_with_the_keyboard_only() {
        open("/");
        waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
        tabTo("the name field", f -> "Your name".equals(f.get("label")) && "input".equals(f.get("tag")));
        press("Keyboard Learner", Keys.ENTER);
        waitForNoDialog();
        button("Keyboard Learner");

        List<Lesson> lessons = library.course().lessons();
        assertThat(lessons).hasSize(7);
        assertThat(bodyText()).contains("0 of 7 lessons passed");
        assertThat(textsOf("li.lesson-card .lesson-state").get(6)).startsWith("Locked");
        tabTo("the link to lesson 1", f -> String.valueOf(f.get("href")).endsWith("lessons/" + lessons.get(0).id()));
        press(Keys.ENTER);
        for (int i = 0; i < lessons.size(); i++) {
            passByKeyboard(lessons.get(i));
            if (i + 1 < lessons.size()) {
                tabTo("Next lesson", isButton("Next lesson"));
                press(Keys.ENTER);
            }
        }

        tabTo("the My progress link", f -> "My progress".equals(f.get("text")) && "a".equals(f.get("tag")));
        press(Keys.ENTER);
        waitForText("lessons passed.");
        assertThat(bodyText()).contains("Keyboard Learner: 7 of 7 lessons passed.");
        screenshot("course-finished-keyboard");
    }

    private void passByKeyboard(Lesson lesson) {
        waitFor(By.xpath("//h1[normalize-space(.)=" + xpathLiteral(lesson.title()) + "]"));
        tabTo("Take the quiz", isButton("Take the quiz"));
        press(Keys.ENTER);
        waitFor(By.cssSelector("section.question-card"));
        new KeyboardAnswers(lesson).answerAll();
        press(Keys.ENTER);
        assertThat(textOf(waitFor(By.cssSelector(".quiz-summary h2"))))
                .as("summary of %s", lesson.id()).isEqualTo("Your score: 100% — passed");
    }

    // --- keyboard primitives ---

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    private Map<String, Object> tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        Map<String, Object> now = focused();
        trail.addLast(describe(now));
        if (trail.size() > 25) {
            trail.removeFirst();
        }
        return now;
    }

    /** Presses Tab until focus is on what {@code wanted} accepts; fails with the focus trail if it never gets there. */
    private Map<String, Object> tabTo(String what, Predicate<Map<String, Object>> wanted) {
        Map<String, Object> now = focused();
        for (int presses = 0; !wanted.test(now); presses++) {
            assertThat(presses).as("Tab never reached %s; last focus stops:%n%s", what, String.join("\n", trail))
                    .isLessThan(MOST_TABS);
            now = tab();
        }
        return now;
    }

    private static Predicate<Map<String, Object>> isButton(String text) {
        return f -> "vaadin-button".equals(f.get("component")) && text.equals(f.get("text"));
    }

    private static String describe(Map<String, Object> f) {
        return String.format("  <%s> in <%s> %s label='%s' aria='%s' text='%.60s' href='%s'", f.get("tag"), f.get("component"),
                f.get("question"), f.get("label"), f.get("ariaLabel"), f.get("text"), f.get("href"));
    }

    /** Walks a quiz with Tab, answering each question right as focus reaches its widget, up to "Check answers". */
    private final class KeyboardAnswers {

        private final Lesson lesson;
        private final Set<Integer> done = new HashSet<>();
        private final Set<String> visitedChecks = new HashSet<>();

        KeyboardAnswers(Lesson lesson) {
            this.lesson = lesson;
        }

        void answerAll() {
            Map<String, Object> now = focused();
            for (int presses = 0; !(done.size() == lesson.questions().size() && isButton("Check answers").test(now)); presses++) {
                assertThat(presses).as("quiz %s: Tab never reached every question (done: %s); last focus stops:%n%s",
                        lesson.id(), done, String.join("\n", trail)).isLessThan(MOST_TABS);
                now = tab();
                String card = String.valueOf(now.get("question"));
                if (card.startsWith("question-")) {
                    answer(question(Integer.parseInt(card.substring("question-".length()))), now);
                }
            }
        }

        private Question question(int number) {
            return lesson.questions().stream().filter(q -> q.text().number() == number).findFirst().orElseThrow();
        }

        private void answer(Question question, Map<String, Object> at) {
            int number = question.text().number();
            String component = String.valueOf(at.get("component"));
            if (done.contains(number)) {
                return;
            }
            if (question instanceof Question.SingleChoice single && component.equals("vaadin-radio-button")) {
                pickRadio(single.options().get(single.rightOption()).text());
            } else if (question instanceof Question.TrueFalse trueFalse && component.equals("vaadin-radio-button")) {
                pickRadio(trueFalse.answer() ? "True" : "False");
            } else if (question instanceof Question.MultipleChoice multiple && component.equals("vaadin-checkbox")) {
                tickIfRight(multiple, at);
                return;
            } else if (question instanceof Question.ShortAnswer shortAnswer && component.equals("vaadin-text-field")) {
                press(shortAnswer.variants().get(0));
            } else if (question instanceof Question.NumberAnswer numberAnswer && component.equals("vaadin-text-field")) {
                press(numberAnswer.value().toPlainString());
            } else if (question instanceof Question.Ordering ordering && String.valueOf(at.get("ariaLabel")).startsWith("Move '")) {
                putInOrder(ordering, number);
            } else if (question instanceof Question.Matching matching && component.equals("vaadin-select")) {
                matchAll(matching, at);
                return;
            } else {
                return;
            }
            done.add(number);
        }

        /** In a radio group, arrow keys move the selection; Space selects the first one focused by Tab. */
        private void pickRadio(String label) {
            Map<String, Object> now = focused();
            for (int presses = 0; !label.equals(now.get("label")); presses++) {
                assertThat(presses).as("arrow keys never reached the radio button '%s'", label).isLessThan(12);
                press(Keys.ARROW_DOWN);
                now = focused();
            }
            if (!Boolean.TRUE.equals(now.get("checked"))) {
                press(Keys.SPACE);
            }
            assertThat(focused().get("checked")).as("radio button '%s' is selected", label).isEqualTo(true);
        }

        private void tickIfRight(Question.MultipleChoice question, Map<String, Object> at) {
            String label = String.valueOf(at.get("label"));
            boolean right = question.options().stream().filter(ChoiceOption::correct).anyMatch(o -> o.text().equals(label));
            if (visitedChecks.add(question.text().number() + "|" + label) && right != Boolean.TRUE.equals(at.get("checked"))) {
                press(Keys.SPACE);
            }
            if (visitedChecks.stream().filter(key -> key.startsWith(question.text().number() + "|")).count()
                    == question.options().size()) {
                done.add(question.text().number());
            }
        }

        /** Moves each item up, in the right order, with Enter on its "Move up" button; focus must follow it. */
        private void putInOrder(Question.Ordering question, int number) {
            for (int target = 0; target < question.items().size(); target++) {
                String item = question.items().get(target);
                String up = "Move '" + item + "' up";
                while (positionOf(number, item) > target) {
                    tabTo(up, f -> up.equals(f.get("ariaLabel")));
                    int before = positionOf(number, item);
                    press(Keys.ENTER);
                    waitFor("'" + item + "' to move up", d -> positionOf(number, item) == before - 1);
                    Map<String, Object> after = waitFor("focus to follow '" + item + "' after moving it up", d -> {
                        Map<String, Object> f = focused();
                        return String.valueOf(f.get("ariaLabel")).startsWith("Move '" + item + "'") ? f : null;
                    });
                    trail.addLast("  (moved up; focus followed to) " + describe(after));
                }
            }
            assertThat(itemsShown(number)).isEqualTo(question.items());
        }

        private int positionOf(int number, String item) {
            return itemsShown(number).indexOf(item);
        }

        private List<String> itemsShown(int number) {
            return textsOf("section.question-card[aria-labelledby='question-" + number + "'] .ordering-text");
        }

        /** Opens the focused select with ArrowDown, walks the items with ArrowDown, chooses with Enter. */
        private void matchAll(Question.Matching question, Map<String, Object> at) {
            String left = String.valueOf(at.get("label"));
            MatchPair pair = question.pairs().stream().filter(p -> p.left().equals(left)).findFirst().orElseThrow();
            if (!visitedChecks.add(question.text().number() + "|" + left)) {
                return;
            }
            press(Keys.ARROW_DOWN);
            waitFor(By.cssSelector("vaadin-select-overlay[opened]"));
            Map<String, Object> now = waitFor("focus on an item of the opened select '" + left + "'", d -> {
                Map<String, Object> f = focused();
                return "vaadin-select-item".equals(f.get("component")) ? f : null;
            });
            for (int presses = 0; !pair.right().equals(now.get("text")); presses++) {
                assertThat(presses).as("arrow keys never reached '%s' in the select '%s'", pair.right(), left)
                        .isLessThan(2 * question.pairs().size() + 2);
                press(Keys.ARROW_DOWN);
                now = focused();
            }
            press(Keys.ENTER);
            waitFor(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
            assertThat(focused().get("label")).as("focus returns to the select after choosing").isEqualTo(left);
            if (visitedChecks.stream().filter(key -> key.startsWith(question.text().number() + "|")).count()
                    == question.pairs().size()) {
                done.add(question.text().number());
            }
        }
    }
}
