package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A flood of new visitors against the production jar with a 512 MB heap: {@value #VISITORS} visitors, as fast as
 * {@value #THREADS} threads can send them, each loading a page and starting its Vaadin UI, while a learner who was
 * already in keeps checking a quiz in Chromium. Prints how many visitors got in and how many were turned away,
 * the peak heap in use (sampled by jstat), the learner's check latencies, and whether the app ran out of memory.
 * <p>
 * {@code -Dflood.limits=off} lifts the session limits, to see what the flood does without them.
 * Build the jar first; surefire skips this class by default:
 * {@code ./mvnw -Pproduction package -DskipTests && ./mvnw test -Dtest=SessionFloodBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SessionFloodBenchmark {

    private static final int VISITORS = Integer.getInteger("flood.visitors", 20_000);
    private static final int THREADS = 8;
    private static final String HEAP = "-Xmx512m";
    private static final List<String> NO_LIMITS = List.of("--app.limits.sessions.max=1000000",
            "--app.limits.sessions.per-address-per-minute=1000000", "--app.limits.sessions.idle-visitor-timeout=30m");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicInteger turnedAway = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong peakHeapKb = new AtomicLong();
    private final List<Long> checkMillis = Collections.synchronizedList(new ArrayList<>());

    @Test
    void a_flood_of_new_visitors_leaves_the_heap_bounded_and_the_learner_in_working() throws Exception {
        boolean limitsOff = "off".equals(System.getProperty("flood.limits"));
        Path log = Files.createTempFile("flood-app", ".log");
        List<String> arguments = new ArrayList<>(List.of("--app.instructor.password=flood", "--app.lessons.watch.enabled=false"));
        if (limitsOff) {
            arguments.addAll(NO_LIMITS);
        }
        try (ProductionJar app = ProductionJar.start(List.of(HEAP), arguments, ProcessBuilder.Redirect.to(log.toFile()))) {
            app.awaitFirstOk(Duration.ofMinutes(3));
            Process jstat = sampleHeap(app.pid());
            Path profile = Files.createTempDirectory("flood-chromium");
            ChromeDriverService service = Chromium.service();
            WebDriver learner = new ChromeDriver(service, Chromium.options(profile));
            try {
                openQuizAsGuest(learner, app);
                long started = System.nanoTime();
                ExecutorService flood = flood(app);
                while (!flood.awaitTermination(2, TimeUnit.SECONDS)) {
                    checkMillis.add(checkOnce(learner));
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                report(limitsOff, seconds, app.isAlive(), Files.readString(log));
            } finally {
                learner.quit();
                service.stop();
                jstat.destroy();
            }
        }
        assertThat(admitted.get() + turnedAway.get() + failed.get()).isEqualTo(VISITORS);
    }

    private ExecutorService flood(ProductionJar app) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < THREADS; t++) {
            pool.submit(() -> {
                while (next.getAndIncrement() < VISITORS) {
                    visit(app);
                }
            });
        }
        pool.shutdown();
        return pool;
    }

    /** One new visitor: the page (which starts the session), then the request that starts its Vaadin UI. */
    private void visit(ProductionJar app) {
        try {
            HttpResponse<Void> page = http.send(get(app, "/").build(), HttpResponse.BodyHandlers.discarding());
            if (page.statusCode() == 503) {
                turnedAway.incrementAndGet();
                return;
            }
            String session = page.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
            HttpResponse<Void> ui = http.send(get(app, "/?v-r=init&location=&query=").header("Cookie", session).build(),
                    HttpResponse.BodyHandlers.discarding());
            (ui.statusCode() == 200 ? admitted : failed).incrementAndGet();
        } catch (IOException | InterruptedException e) {
            failed.incrementAndGet();
        }
    }

    private static HttpRequest.Builder get(ProductionJar app, String path) {
        return HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(10));
    }

    /** jstat's used heap (survivors, eden and old generation) every 500 ms, kept as the peak. */
    private Process sampleHeap(long pid) throws IOException {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        Process process = new ProcessBuilder(jstat.toString(), "-gc", String.valueOf(pid), "500").start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                List<String> header = Arrays.asList(lines.readLine().trim().split("\\s+"));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] values = line.trim().split("\\s+");
                    double used = 0;
                    for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                        used += Double.parseDouble(values[header.indexOf(column)]);
                    }
                    peakHeapKb.accumulateAndGet((long) used, Math::max);
                }
            } catch (IOException | RuntimeException stopped) {
                // jstat ends with the app
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private void openQuizAsGuest(WebDriver learner, ProductionJar app) {
        learner.get(app.uri("/lessons/stalins-daughter/quiz").toString());
        click(learner, "Continue as guest");
        waitFor(learner, d -> d.findElements(By.tagName("vaadin-dialog-overlay")).isEmpty());
    }

    /** Checks the quiz and answers how long until the score showed, in ms (-1 when it did not within 10 s). */
    private long checkOnce(WebDriver learner) {
        long start = System.nanoTime();
        try {
            click(learner, "Check answers");
            waitFor(learner, d -> !d.findElements(By.cssSelector(".quiz-summary h2")).isEmpty());
            long millis = (System.nanoTime() - start) / 1_000_000;
            click(learner, "Retry all questions");
            return millis;
        } catch (RuntimeException timedOut) {
            return -1;
        }
    }

    private static void click(WebDriver driver, String text) {
        waitFor(driver, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(Chromium.VAADIN_IDLE)));
        By enabledButton = By.xpath("//vaadin-button[normalize-space(.)='" + text + "' and not(@disabled)]");
        WebElement button = waitFor(driver, d -> d.findElements(enabledButton).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", button);
    }

    private static <T> T waitFor(WebDriver driver, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20)).until(condition);
    }

    private void report(boolean limitsOff, double seconds, boolean alive, String appLog) {
        List<Long> answered = checkMillis.stream().filter(ms -> ms >= 0).sorted().toList();
        System.out.printf(Locale.ROOT, "limits %s, heap %s%n", limitsOff ? "OFF" : "on", HEAP);
        System.out.printf(Locale.ROOT, "flood: %d visitors in %.1f s: %d got in (page + UI), %d turned away (503), %d failed%n",
                VISITORS, seconds, admitted.get(), turnedAway.get(), failed.get());
        System.out.printf(Locale.ROOT, "heap in use: peak %d MB of 512 MB; %s%n", peakHeapKb.get() / 1024,
                appLog.lines().filter(line -> line.contains("live sessions;")).findFirst().orElse("(no ceiling logged)"));
        System.out.printf(Locale.ROOT, "learner checks during the flood: %d, answered %d, median %s ms, max %s ms%n",
                checkMillis.size(), answered.size(), answered.isEmpty() ? "-" : answered.get(answered.size() / 2),
                answered.isEmpty() ? "-" : answered.get(answered.size() - 1));
        System.out.printf(Locale.ROOT, "app alive after the flood: %s; OutOfMemoryError in its log: %s%n", alive,
                appLog.contains("OutOfMemoryError"));
    }
}
