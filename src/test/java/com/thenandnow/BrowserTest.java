package com.thenandnow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Real-browser tests: the whole app on a random port and one headless Chromium per test class. Every
 * test starts with no cookies, so it is a new learner. Vaadin renders most widgets in shadow DOM; the
 * helpers here find them by the light-DOM labels and texts a learner sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password=test-secret",
        "vaadin.devmode.devTools.enabled=false"})
public abstract class BrowserTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");


    protected static WebDriver driver;
    private static ChromeDriverService service;
    private static Path profileDir;

    /** A screenshot of the page as it was when a test failed: target/screenshots/failed-TEST.png. */
    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                screenshot("failed-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("then-and-now-chromium");
        service = Chromium.service();
        driver = new ChromeDriver(service, Chromium.options(profileDir));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
            }
            TempFolders.deleteTree(profileDir);
        }
    }

    /** A new learner for every test: no learner cookie, no Vaadin session, no theme chosen. */
    @BeforeEach
    void forgetTheLearner() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
            js("window.localStorage.clear();");
        }
        driver.get("about:blank");
    }

    /** Loads {@code path} (e.g. "/", "/progress") in the browser and waits until Vaadin has rendered it. */
    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitForVaadin();
    }

    /** Opens {@code path} as a new learner who answers the name dialog with "Continue as guest". */
    protected void openAsGuest(String path) {
        open(path);
        click(button("Continue as guest"));
        waitForNoDialog();
    }

    /** Logs in through the instructors' login form with this password (the tests' is "test-secret"). */
    protected void logIn(String password) {
        open("/login");
        WebElement form = waitFor(By.tagName("vaadin-login-form"));
        form.findElement(By.cssSelector("input[name='username']")).sendKeys("instructor");
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        click(form.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Log in']")));
    }

    /** Scrolls the element to the middle of the window (clear of the fixed navbar), clicks it, waits for the server. */
    protected void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    protected void waitForVaadin() {
        waitFor(d -> Boolean.TRUE.equals(js(Chromium.VAADIN_IDLE)));
    }

    protected <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50)).until(condition);
    }

    /** Like {@link #waitFor(Function)}, saying what was awaited if it never comes. */
    protected <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50)).withMessage(what).until(condition);
    }

    /**
     * Waits until an element matching {@code by} is in the page, and returns it. (Not "displayed": Selenium
     * counts elements scrolled out of the app layout's content area as hidden.)
     */
    protected WebElement waitFor(By by) {
        return waitFor(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    /** Waits until no dialog is open. */
    protected void waitForNoDialog() {
        waitFor(d -> d.findElements(By.tagName("vaadin-dialog-overlay")).isEmpty());
    }

    /** Waits until the visible text of the page contains {@code text}. */
    protected void waitForText(String text) {
        waitFor(d -> bodyText().contains(text));
    }

    /** The rendered text of the whole page, scrolled out parts included (WebElement.getText() skips those). */
    protected String bodyText() {
        return String.valueOf(js("return document.body.innerText;"));
    }

    /** The rendered text of an element, even when it is scrolled out of view (unlike WebElement.getText()). */
    protected String textOf(WebElement element) {
        return String.valueOf(js("return arguments[0].innerText;", element)).strip();
    }

    /** The texts of the elements {@code css} finds, in page order. */
    protected List<String> textsOf(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(this::textOf).toList();
    }

    /** The {@code theme} attribute of the page's html element: "dark" in the dark theme, "" in the light one. */
    protected String htmlTheme() {
        return String.valueOf(js("return document.documentElement.getAttribute('theme') || '';"));
    }

    /** The browser console's messages since the last call, such as errors and Content-Security-Policy violations. */
    protected List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A {@code vaadin-button} with exactly this text. */
    protected WebElement button(String text) {
        return waitFor(By.xpath("//vaadin-button[normalize-space(.)=" + xpathLiteral(text) + "]"));
    }

    /** The light-DOM input of the text field labelled {@code label}. */
    protected WebElement inputOf(WebElement scope, String fieldTag, String label) {
        return scope.findElement(By.xpath(".//" + fieldTag + "[label[@slot='label' and normalize-space(.)="
                + xpathLiteral(label) + "]]//input"));
    }

    /** Saves a PNG of the browser window as {@code target/screenshots/NAME.png}. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }

    /**
     * The element that has keyboard focus, followed into shadow roots: its tag, id, aria-label, text and
     * the light-DOM host chain a learner would recognise (the question card and Vaadin component around it).
     */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> focused() {
        return (Map<String, Object>) js("""
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                if (!el) { return {tag: 'none'}; }
                const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null;
                const light = host || el;
                const card = light.closest ? light.closest('section.question-card') : null;
                const component = light.closest ? light.closest(
                    'vaadin-radio-button, vaadin-checkbox, vaadin-text-field, vaadin-big-decimal-field, vaadin-select,'
                    + ' vaadin-button, vaadin-select-item, vaadin-details-summary, vaadin-details') : null;
                const label = component && component.querySelector(':scope > label[slot=label]');
                return {
                  tag: el.tagName.toLowerCase(),
                  component: component ? component.tagName.toLowerCase() : '',
                  ariaLabel: (component && component.getAttribute('aria-label')) || el.getAttribute('aria-label') || '',
                  label: label ? label.textContent.trim() : (component && component.label) || '',
                  text: ((component || el).textContent || '').trim().replace(/\\s+/g, ' '),
                  checked: !!(el.checked || (component && component.checked)),
                  question: card ? card.getAttribute('aria-labelledby') : '',
                  href: light.getAttribute ? (light.getAttribute('href') || '') : ''
                };
                """);
    }

    protected static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    protected static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
