package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    @Test
    void the_production_jar_answers_its_first_request() throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            try (ProductionJar app = ProductionJar.start(List.of(), List.of(), ProcessBuilder.Redirect.DISCARD)) {
                seconds.add(app.awaitFirstOk(GIVE_UP).toNanos() / 1e9);
            }
            System.out.printf(Locale.ROOT, "run %d: first HTTP 200 after %.2f s%n", run, seconds.get(run - 1));
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "cold start to first HTTP 200, median of %d runs: %.2f s (min %.2f, max %.2f)%n",
                RUNS, sorted.get(RUNS / 2), sorted.get(0), sorted.get(RUNS - 1));
        assertThat(seconds).hasSize(RUNS);
    }
}
