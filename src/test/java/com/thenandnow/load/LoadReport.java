package com.thenandnow.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints a run: the machine, the settings, one row per step, the resources used, and the cross-checks. */
final class LoadReport {

    private final LoadOptions options;
    private final String loadBefore = loadAverage();

    LoadReport(LoadOptions options) {
        this.options = options;
    }

    boolean print(StepStats stats, RunCounters counters, long[] window, ProcessSampler app, ProcessSampler client,
                  int attemptsRecorded) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Machine: %d cores, %s, %.1f GB RAM; load average before %s, after %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memoryGb(), loadBefore, loadAverage());
        System.out.println("Run: " + options);
        System.out.printf(Locale.ROOT, "%-26s %7s %8s %8s %8s %8s %8s %6s%n", "step", "count", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "errors");
        for (StepStats.Row row : stats.rows()) {
            System.out.printf(Locale.ROOT, "%-26s %7d %8.1f %8.1f %8.1f %8.1f %8.1f %6d%n", row.step(), row.count(),
                    row.perSecond(), row.p50(), row.p95(), row.p99(), row.max(), row.errors());
        }
        printResources(window, app, client);
        stats.errorReasons().forEach((reason, count) -> System.out.println("  error x" + count + ": " + reason));
        return printChecks(stats, counters, attemptsRecorded);
    }

    private static void printResources(long[] window, ProcessSampler app, ProcessSampler client) {
        if (app != null) {
            double[] cpu = app.cpuPercent(window[0], window[1]);
            double[] heap = app.heapAndGc(window[0], window[1]);
            System.out.printf(Locale.ROOT, "App CPU: %.0f %% average, %.0f %% highest 5-s average (100 %% = one core); "
                    + "RSS max %.0f MB; heap used max %.0f MB; GC time %.2f s in the measured window%n",
                    cpu[0], cpu[1], app.maxRssKb() / 1024.0, heap[0] / 1024, heap[1]);
        }
        double[] own = client.cpuPercent(window[0], window[1]);
        System.out.printf(Locale.ROOT, "Client CPU (this process): %.0f %% average, %.0f %% highest 5-s average; RSS max %.0f MB%n",
                own[0], own[1], client.maxRssKb() / 1024.0);
    }

    private static boolean printChecks(StepStats stats, RunCounters counters, int attemptsRecorded) {
        List<Double> reload = counters.reloadPushMillis();
        int[] notices = counters.reloadNotices();
        System.out.printf(Locale.ROOT, "Push: %d UIDL messages received on push websockets. Lesson saved half-way: "
                + "%d of the %d learners who stayed on its page got the reload notice by push (after %.0f ms median, %.0f ms last "
                + "from the save, which includes the folder watcher's quiet period)%n", counters.pushes(), notices[1],
                notices[0], reload.isEmpty() ? 0 : reload.get(reload.size() / 2), reload.isEmpty() ? 0 : reload.get(reload.size() - 1));
        boolean countsAgree = attemptsRecorded < 0 || attemptsRecorded == counters.checks();
        System.out.printf("Quizzes checked by the learners: %d; attempts recorded by the app (instructor CSV): %s%s%n",
                counters.checks(), attemptsRecorded < 0 ? "not read" : attemptsRecorded,
                countsAgree ? "" : "  MISMATCH");
        boolean clean = countsAgree && stats.totalErrors() == 0 && notices[1] == notices[0];
        System.out.println(clean ? "RESULT: no errors, counts agree" : "RESULT: NOT CLEAN");
        return clean;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static double memoryGb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0) / 1024.0 / 1024.0;
        } catch (IOException e) {
            return 0;
        }
    }
}
