package com.thenandnow.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's settings, from {@code --name=value} arguments. Without {@code --url} the benchmark starts
 * the production jar itself with {@code --app-heap} and {@code --app-jvm-args}.
 */
record LoadOptions(String mode, int learners, Duration warmUp, Duration ramp, Duration duration, Duration minThink, Duration maxThink,
                   String url, Path jar, String appHeap, List<String> appJvmArgs, int clientThreads,
                   String instructorPassword, boolean saveLesson, boolean push) {

    static LoadOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length == 2 && !pair[1].isBlank()) {
                given.put(pair[0], pair[1].strip());
            }
        }
        String[] think = given.getOrDefault("think", "2s..5s").split("\\.\\.");
        return new LoadOptions(given.getOrDefault("mode", "run"),
                Integer.parseInt(given.getOrDefault("learners", "100")), duration(given.getOrDefault("warmup", "30s")),
                duration(given.getOrDefault("ramp", "30s")), duration(given.getOrDefault("duration", "90s")),
                duration(think[0]), duration(think[think.length - 1]),
                given.get("url"), Path.of(given.getOrDefault("jar", "target/then-and-now-1.0.0-SNAPSHOT.jar")),
                given.getOrDefault("app-heap", "1g"),
                Arrays.stream(given.getOrDefault("app-jvm-args", "").split("\\s+")).filter(s -> !s.isBlank()).toList(),
                Integer.parseInt(given.getOrDefault("client-threads", "2")),
                given.get("instructor-password"), Boolean.parseBoolean(given.getOrDefault("save-lesson", "true")),
                Boolean.parseBoolean(given.getOrDefault("push", "true")));
    }

    /** 90s, 2m, 500ms. */
    static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("0")) {
            return Duration.ZERO;
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> throw new IllegalArgumentException("a duration such as 90s, 2m or 500ms: " + text);
        };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d learners after a %ds warm-up, ramp %ds, measured %ds, think %.1f-%.1f s, %s",
                learners, warmUp.toSeconds(), ramp.toSeconds(), duration.toSeconds(), minThink.toMillis() / 1e3, maxThink.toMillis() / 1e3,
                url != null ? "app at " + url : "app: " + jar.getFileName() + " -Xmx" + appHeap + " " + String.join(" ", appJvmArgs));
    }
}
