package com.thenandnow;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium and ChromeDriver as the tests run them here. Without the background-networking
 * flags Chromium keeps trying to reach Google's hosts, which this machine's closed network refuses.
 */
public final class Chromium {

    /** A script that answers true when no Vaadin client has a request in flight or queued. */
    public static final String VAADIN_IDLE = "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()));";

    private Chromium() {
    }

    public static ChromeDriverService service() {
        return new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
    }

    /** Options for a fresh profile in {@code profileDir}, with the console log kept. */
    public static ChromeOptions options(Path profileDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1600", "--user-data-dir=" + profileDir);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return options;
    }
}
