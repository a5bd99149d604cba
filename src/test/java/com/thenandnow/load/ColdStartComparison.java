package com.thenandnow.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the production jar against an empty Vaadin + Spring Security app of the same versions,
 * generated and built in a temporary folder (never committed). Launches alternate, one of each per pair,
 * so the machine's varying load hits both alike; prints every pair, the median of the pair ratios and the
 * medians. Time is from launching {@code java -jar} to the first HTTP 200 on "/".
 */
final class ColdStartComparison {

    private static final int PAIRS = 7;
    private static final Duration GIVE_UP = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    boolean compare(Path appJar) throws Exception {
        Path emptyJar = buildEmptyApp();
        List<double[]> pairs = new ArrayList<>();
        for (int pair = 1; pair <= PAIRS; pair++) {
            double empty = secondsToFirstOk(emptyJar);
            double app = secondsToFirstOk(appJar);
            pairs.add(new double[] {empty, app, app / empty});
            System.out.printf(Locale.ROOT, "pair %d: empty app %.2f s, this app %.2f s, ratio %.2f%n", pair, empty, app, app / empty);
        }
        System.out.printf(Locale.ROOT, "COLD START: median empty app %.2f s, median this app %.2f s, median pair ratio %.2f%n",
                median(pairs, 0), median(pairs, 1), median(pairs, 2));
        return true;
    }

    private static double median(List<double[]> pairs, int column) {
        return pairs.stream().mapToDouble(pair -> pair[column]).sorted().skip(pairs.size() / 2).findFirst().orElse(0);
    }

    private Path buildEmptyApp() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("empty-vaadin-app");
        String pom = Files.readString(Path.of("pom.xml"));
        Files.writeString(folder.resolve("pom.xml"), resource("pom.xml.txt")
                .replace("@spring-boot.version@", find(pom, "<artifactId>spring-boot-starter-parent</artifactId>\\s*<version>([^<]+)"))
                .replace("@vaadin.version@", find(pom, "<vaadin.version>([^<]+)")));
        Path source = folder.resolve("src/main/java/empty/EmptyApp.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, resource("src/main/java/empty/EmptyApp.java.txt"));
        Process build = new ProcessBuilder(Path.of("mvnw").toAbsolutePath().toString(), "-q", "-B", "package",
                "-DskipTests", "-f", folder.resolve("pom.xml").toString()).inheritIO().start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("the empty app did not build in " + folder);
        }
        return folder.resolve("target/empty-vaadin-app-1.jar");
    }

    private double secondsToFirstOk(Path jar) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toAbsolutePath().toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(5)).build();
            while (System.nanoTime() - start < GIVE_UP.toNanos()) {
                if (app.isAlive() && answersOk(home)) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("no HTTP 200 from " + jar + " within " + GIVE_UP);
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

    private static String resource(String name) throws IOException {
        try (InputStream in = ColdStartComparison.class.getResourceAsStream("/empty-app/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not in pom.xml: " + regex);
        }
        return matcher.group(1).strip();
    }
}
