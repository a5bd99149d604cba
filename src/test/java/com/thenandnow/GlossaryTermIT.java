package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * In a real browser, with the theme's CSS alone: a glossary term in a lesson shows its definition when it takes
 * keyboard focus and when the pointer rests on it; the timeline is an ordered list of dated headings.
 */
class GlossaryTermIT extends BrowserTest {

    private static final int MOST_TABS = 60;

    private boolean isShown(WebElement element) {
        return "block".equals(js("return getComputedStyle(arguments[0]).display;", element));
    }

    @Test
    void a_term_shows_its_definition_on_keyboard_focus_and_on_hover() {
        openAsGuest("/lessons/why-defections-frightened-moscow");
        WebElement term = waitFor(By.cssSelector(".lesson-body .glossary-term"));
        WebElement tip = driver.findElement(By.id(term.getAttribute("aria-describedby")));
        assertThat(isShown(tip)).as("hidden at first").isFalse();

        for (int i = 0; i < MOST_TABS && !term.equals(js("return document.activeElement;")); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(js("return document.activeElement;")).as("the term takes focus with Tab").isEqualTo(term);
        assertThat(isShown(tip)).as("shown on focus").isTrue();
        assertThat(textOf(tip)).isNotBlank();
        screenshot("glossary-term-on-focus");

        js("document.activeElement.blur();");
        assertThat(isShown(tip)).as("hidden again").isFalse();
        new Actions(driver).moveToElement(term).perform();
        assertThat(isShown(tip)).as("shown on hover").isTrue();
    }

    @Test
    void the_timeline_is_an_ordered_list_of_events_under_dated_headings() {
        openAsGuest("/timeline");

        assertThat(driver.findElements(By.cssSelector("ol.timeline > li h2 > time[datetime]"))).hasSizeGreaterThanOrEqualTo(12);
        assertThat(driver.findElements(By.cssSelector("ol.timeline > li a[href^='lessons/']"))).hasSizeGreaterThanOrEqualTo(12);
        assertThat(consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        screenshot("timeline");
    }
}
