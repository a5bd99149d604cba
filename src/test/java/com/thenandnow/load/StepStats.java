package com.thenandnow.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Latencies and errors per step. A sample counts in the table when it started inside the measured window
 * (after the ramp), so the arrival of learners does not blur the steady state; the steps that happen only
 * when a learner arrives (page, init, push connect, name) count from the first request on, and so do errors.
 */
final class StepStats {

    private static final Set<String> ARRIVAL_STEPS = Set.of("page", "init", "push connect", "name");

    private final Map<String, List<long[]>> samples = new LinkedHashMap<>();
    private final Map<String, Integer> errors = new LinkedHashMap<>();
    private final Map<String, Integer> errorReasons = new TreeMap<>();
    private final long runStart = System.nanoTime();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    void openWindow() {
        windowStart = System.nanoTime();
    }

    void closeWindow() {
        windowEnd = System.nanoTime();
    }

    double windowSeconds() {
        return (Math.min(windowEnd, System.nanoTime()) - windowStart) / 1e9;
    }

    /** Times one step; a failed step is counted and passed on. */
    <T> CompletableFuture<T> time(String step, Supplier<CompletableFuture<T>> action) {
        long start = System.nanoTime();
        CompletableFuture<T> result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        return result.handle((value, error) -> {
            record(step, start, System.nanoTime(), error);
            if (error != null) {
                throw new Recorded(error);
            }
            return value;
        });
    }

    /** Counts a failure that happened between steps, in the client itself, unless a step counted it already. */
    void recordUnrecorded(Throwable error) {
        Throwable cause = error instanceof Recorded || error.getCause() == null ? error : error.getCause();
        if (!(cause instanceof Recorded)) {
            long now = System.nanoTime();
            record("client", now, now, cause);
        }
    }

    synchronized void record(String step, long start, long end, Throwable error) {
        if (error != null) {
            errors.merge(step, 1, Integer::sum);
            errorReasons.merge(step + ": " + reason(error), 1, Integer::sum);
        } else if (ARRIVAL_STEPS.contains(step) || start >= windowStart && start < windowEnd) {
            samples.computeIfAbsent(step, s -> new ArrayList<>()).add(new long[] {end - start});
        }
        samples.computeIfAbsent(step, s -> new ArrayList<>());
    }

    synchronized int totalErrors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized Map<String, Integer> errorReasons() {
        return Map.copyOf(errorReasons);
    }

    /** One row per step, then one for all steps together. */
    synchronized List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<long[]> all = new ArrayList<>();
        samples.forEach((step, list) -> {
            rows.add(row(step, list, errors.getOrDefault(step, 0)));
            all.addAll(list);
        });
        rows.add(row("all steps", all, totalErrors()));
        return rows;
    }

    private Row row(String step, List<long[]> list, int errorCount) {
        long[] nanos = list.stream().mapToLong(sample -> sample[0]).toArray();
        Arrays.sort(nanos);
        double seconds = ARRIVAL_STEPS.contains(step) ? (Math.min(windowEnd, System.nanoTime()) - runStart) / 1e9 : windowSeconds();
        return new Row(step, nanos.length, nanos.length / seconds, percentile(nanos, 50), percentile(nanos, 95),
                percentile(nanos, 99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6, errorCount);
    }

    private static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String reason(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause instanceof java.util.concurrent.CompletionException) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return cause.getClass().getSimpleName() + message.substring(0, Math.min(message.length(), 100));
    }

    /** A failure already counted under its step. */
    static final class Recorded extends java.util.concurrent.CompletionException {
        Recorded(Throwable cause) {
            super(cause);
        }
    }

    /** Latencies in milliseconds. */
    record Row(String step, int count, double perSecond, double p50, double p95, double p99, double max, int errors) {
    }
}
