package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The frame around every page in a real browser: where focus goes after the name dialog and the skip link, the
 * page title, the dark theme following the system until the toggle chooses, and the loading state the page
 * shows before Vaadin's client has arrived.
 */
class PageFrameIT extends BrowserTest {

    @Test
    void after_the_name_dialog_focus_is_on_the_heading_and_the_skip_link_moves_it_to_the_main_content() {
        open("/progress");
        click(button("Continue as guest"));
        waitForNoDialog();
        waitFor("focus on the page's heading", d -> "h1".equals(focused().get("tag")));
        assertThat(driver.getTitle()).isEqualTo("My progress · Then & Now");

        js("document.querySelector('.skip-link').focus();");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(js("return document.activeElement.getAttribute('role');")).isEqualTo("main");
    }

    @Test
    void the_dark_theme_follows_the_system_until_the_toggle_chooses_and_the_choice_survives_a_reload() {
        openAsGuest("/");
        assertThat(htmlTheme()).isEmpty();
        Viewport.PHONE_DARK.apply(chrome(), 900);
        waitFor("the dark theme, as the system now is", d -> htmlTheme().equals("dark"));
        Viewport.reset(chrome());
        waitFor("the light theme again", d -> htmlTheme().isEmpty());

        click(driver.findElement(By.cssSelector(".theme-toggle")));
        waitFor("the dark theme, as chosen", d -> htmlTheme().equals("dark"));
        assertThat(driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        open("/");
        assertThat(htmlTheme()).isEqualTo("dark");
    }

    @Test
    void until_the_client_arrives_the_page_shows_the_site_and_that_it_is_loading() {
        chrome().executeCdpCommand("Network.enable", Map.of());
        chrome().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/VAADIN/build/*")));
        try {
            driver.get("http://localhost:" + port + "/");
            assertThat(js("return getComputedStyle(document.getElementById('outlet'), '::after').content;"))
                    .isEqualTo("\"Loading…\"");
            screenshot("a11y-loading");
        } finally {
            chrome().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) driver;
    }
}
