package com.thenandnow.load;

import com.thenandnow.ProductionJar;
import java.io.IOException;
import java.io.InputStream;
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

    private static double secondsToFirstOk(Path jar) throws Exception {
        try (ProductionJar app = ProductionJar.start(jar, List.of(), List.of(), ProcessBuilder.Redirect.DISCARD)) {
            return app.awaitFirstOk(GIVE_UP).toNanos() / 1e9;
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
