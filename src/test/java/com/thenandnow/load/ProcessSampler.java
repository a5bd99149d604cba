package com.thenandnow.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU time and resident memory of a process from /proc (100 % = one core), sampled every second; for the
 * app also its heap and GC time from one long-running {@code jstat -gc}, which costs far less than a
 * jcmd per sample.
 */
final class ProcessSampler implements AutoCloseable {

    private static final double TICKS_PER_SECOND = 100;

    private final long pid;
    private final List<double[]> cpu = new ArrayList<>();
    private final List<Long> rssKb = new ArrayList<>();
    private final List<double[]> heap = new ArrayList<>();
    private Process jstat;

    ProcessSampler(long pid) {
        this.pid = pid;
    }

    void start(ScheduledExecutorService scheduler, boolean withJstat) throws IOException {
        scheduler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
        if (withJstat) {
            jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "1000").redirectErrorStream(true).start();
            Thread reader = new Thread(this::readJstat, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Average CPU % over the samples taken between two nanoTimes, and the highest 5-second average. */
    synchronized double[] cpuPercent(long from, long to) {
        List<double[]> window = cpu.stream().filter(sample -> sample[0] >= from && sample[0] <= to).toList();
        if (window.size() < 2) {
            return new double[] {0, 0};
        }
        double peak = 0;
        for (int i = 5; i < window.size(); i += 1) {
            peak = Math.max(peak, percent(window.get(i - 5), window.get(i)));
        }
        return new double[] {percent(window.get(0), window.get(window.size() - 1)), peak};
    }

    synchronized long maxRssKb() {
        return rssKb.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** {max heap used KB, GC seconds during the window}. */
    synchronized double[] heapAndGc(long from, long to) {
        List<double[]> window = heap.stream().filter(sample -> sample[0] >= from && sample[0] <= to).toList();
        if (window.isEmpty()) {
            return new double[] {0, 0};
        }
        double maxUsed = window.stream().mapToDouble(sample -> sample[1]).max().orElse(0);
        return new double[] {maxUsed, window.get(window.size() - 1)[2] - window.get(0)[2]};
    }

    @Override
    public void close() {
        if (jstat != null) {
            jstat.destroy();
        }
    }

    private static double percent(double[] earlier, double[] later) {
        return (later[1] - earlier[1]) / TICKS_PER_SECOND / ((later[0] - earlier[0]) / 1e9) * 100;
    }

    private void sample() {
        Path proc = Path.of("/proc", pid < 0 ? "self" : String.valueOf(pid));
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double ticks = Double.parseDouble(fields[11]) + Double.parseDouble(fields[12]);
            long rss = Files.readAllLines(proc.resolve("status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
            synchronized (this) {
                cpu.add(new double[] {System.nanoTime(), ticks});
                rssKb.add(rss);
            }
        } catch (IOException | RuntimeException processGone) {
            // the process ended: keep what was sampled
        }
    }

    private void readJstat() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
            List<String> header = List.of();
            String line;
            while ((line = lines.readLine()) != null) {
                List<String> cells = List.of(line.strip().split("\\s+"));
                if (cells.contains("EU")) {
                    header = cells;
                } else if (header.size() == cells.size()) {
                    recordHeap(header, cells);
                }
            }
        } catch (IOException | RuntimeException stopped) {
            // jstat ended with the app
        }
    }

    private void recordHeap(List<String> header, List<String> cells) {
        double used = 0;
        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
            used += Double.parseDouble(cells.get(header.indexOf(column)));
        }
        double gcSeconds = Double.parseDouble(cells.get(header.indexOf("GCT")));
        synchronized (this) {
            heap.add(new double[] {System.nanoTime(), used, gcSeconds});
        }
    }
}
