package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bytes on the wire from the app, as Chromium's DevTools network events count them (headers included, data: URLs
 * and the browser's own pages left out): a first visit to the
 * home page with an empty cache, the same page again with the cache filled, and the navigation from a lesson to
 * its quiz. Runs the production jar twice, with HTTP compression off and on. Prints the figures; asserts only
 * that compression made the quiz navigation smaller. Build the jar first; surefire skips this class by default:
 * {@code ./mvnw -Pproduction package -DskipTests && ./mvnw test -Dtest=PageWeightBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PageWeightBenchmark {

    private static final Duration GIVE_UP = Duration.ofSeconds(180);
    private static final String LESSON = "stalins-daughter";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Bytes received in one step: over HTTP (encoded, as sent) and decoded, and in push messages over the WebSocket. */
    record Weight(long encoded, long decoded, long pushed, int requests) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d bytes on the wire (%,d decoded) in %d responses, plus %,d bytes pushed",
                    encoded, decoded, requests, pushed);
        }
    }

    @Test
    void compression_makes_a_quiz_navigation_smaller() throws Exception {
        Map<String, Weight> off = measure(false);
        Map<String, Weight> on = measure(true);
        off.forEach((step, weight) -> System.out.printf("compression off, %s: %s%n", step, weight));
        on.forEach((step, weight) -> System.out.printf("compression on,  %s: %s%n", step, weight));
        assertThat(on.get("quiz navigation").encoded()).isLessThan(off.get("quiz navigation").encoded());
    }

    private static Map<String, Weight> measure(boolean compression) throws Exception {
        Path profile = Files.createTempDirectory("page-weight");
        ChromeDriverService service = Chromium.service();
        try (ProductionJar app = ProductionJar.start(List.of(), List.of("--server.compression.enabled=" + compression),
                ProcessBuilder.Redirect.DISCARD)) {
            app.awaitFirstOk(GIVE_UP);
            ChromeDriver driver = new ChromeDriver(service, withNetworkLog(Chromium.options(profile)));
            try {
                return walk(driver, app.uri("/").toString());
            } finally {
                driver.quit();
            }
        } finally {
            service.stop();
        }
    }

    private static Map<String, Weight> walk(ChromeDriver driver, String home) throws Exception {
        Map<String, Weight> weights = new LinkedHashMap<>();
        weights.put("first visit", step(driver, d -> load(d, home)));
        click(driver, "//vaadin-button[normalize-space(.)='Continue as guest']");
        weights.put("repeat visit", step(driver, d -> load(d, home)));
        load(driver, home + "lessons/" + LESSON);
        weights.put("quiz navigation", step(driver, d -> {
            click(d, "//vaadin-button[normalize-space(.)='Take the quiz']");
            return wait(d).until(x -> !x.findElements(By.cssSelector("section.question-card")).isEmpty());
        }));
        return weights;
    }

    /** Runs {@code action} and counts what the network brought in meanwhile. */
    private static Weight step(ChromeDriver driver, Function<WebDriver, ?> action) throws Exception {
        driver.manage().logs().get(LogType.PERFORMANCE);
        action.apply(driver);
        idle(driver);
        return weigh(driver.manage().logs().get(LogType.PERFORMANCE).getAll());
    }

    private static Weight weigh(List<LogEntry> entries) throws Exception {
        Map<String, Long> decoded = new HashMap<>();
        Set<String> fromTheServer = new HashSet<>();
        long encoded = 0;
        long pushed = 0;
        int requests = 0;
        for (LogEntry entry : entries) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Network.responseReceived" -> {
                    if (params.path("response").path("url").asText().startsWith("http")) {
                        fromTheServer.add(params.path("requestId").asText());
                    }
                }
                case "Network.dataReceived" -> decoded.merge(params.path("requestId").asText(), params.path("dataLength").asLong(), Long::sum);
                case "Network.loadingFinished" -> {
                    if (fromTheServer.contains(params.path("requestId").asText())) {
                        encoded += params.path("encodedDataLength").asLong();
                        requests++;
                    }
                }
                case "Network.webSocketFrameReceived" -> pushed += params.path("response").path("payloadData").asText().length();
                default -> { }
            }
        }
        long decodedTotal = decoded.entrySet().stream().filter(each -> fromTheServer.contains(each.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new Weight(encoded, decodedTotal, pushed, requests);
    }

    private static ChromeOptions withNetworkLog(ChromeOptions options) {
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        return options;
    }

    private static Object load(WebDriver driver, String url) {
        driver.get(url);
        idle(driver);
        return url;
    }

    private static void click(WebDriver driver, String xpath) {
        wait(driver).until(d -> !d.findElements(By.xpath(xpath)).isEmpty());
        WebElement element = driver.findElement(By.xpath(xpath));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        idle(driver);
    }

    private static void idle(WebDriver driver) {
        wait(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(Chromium.VAADIN_IDLE)));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
    }
}
