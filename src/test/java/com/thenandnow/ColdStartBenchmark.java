package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cold start of the production jar: from launching {@code java -jar} to the first HTTP 200 on "/",
 * five runs on a free loopback port, each in a new JVM. Prints every run and the median; asserts only
 * that every run answered. Build the jar first; surefire skips this class by default:
 * {@code ./mvnw -Pproduction package -DskipTests && ./mvnw test -Dtest=ColdStartBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ColdStartBenchmark {

    private static final int RUNS = 5;
    private static final Duration GIVE_UP = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void the_production_jar_answers_its_first_request() throws Exception {
        Path jar = productionJar();
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            seconds.add(timeToFirstOk(jar));
            System.out.printf(Locale.ROOT, "run %d: first HTTP 200 after %.2f s%n", run, seconds.get(run - 1));
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "cold start to first HTTP 200, median of %d runs: %.2f s (min %.2f, max %.2f)%n",
                RUNS, sorted.get(RUNS / 2), sorted.get(0), sorted.get(RUNS - 1));
        assertThat(seconds).hasSize(RUNS);
    }

    private double timeToFirstOk(Path jar) throws Exception {
        int port = freePort();
        long start = System.nanoTime();
        Process app = new ProcessBuilder(javaCommand(), "-jar", jar.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(5)).build();
            while (System.nanoTime() - start < GIVE_UP.toNanos()) {
                if (app.isAlive() && answersOk(home)) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(POLL.toMillis());
            }
            throw new AssertionError("no HTTP 200 within " + GIVE_UP);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private boolean answersOk(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private static Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(path -> path.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar in target/: run ./mvnw -Pproduction package -DskipTests first"));
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\' ? ".exe" : "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
