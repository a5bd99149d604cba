package com.thenandnow.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK's jcmd on the app: full GCs, heap used, class histograms; and the app's RSS from /proc. */
final class Jcmd {

    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    private final long pid;

    Jcmd(long pid) {
        this.pid = pid;
    }

    /** Heap used in KB after two full collections, with a pause between for reference processing. */
    long heapUsedAfterFullGc() throws IOException, InterruptedException {
        run("GC.run");
        Thread.sleep(500);
        run("GC.run");
        Matcher used = USED.matcher(run("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
        }
        return Long.parseLong(used.group(1));
    }

    Map<String, Long> classHistogram() throws IOException, InterruptedException {
        Map<String, Long> bytes = new HashMap<>();
        for (String line : run("GC.class_histogram").lines().toList()) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
            }
        }
        return bytes;
    }

    long rssKb() throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(0);
    }

    /** Classes by how many bytes more the second histogram holds, largest first. */
    static List<Map.Entry<String, Long>> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new HashMap<>();
        after.forEach((name, bytes) -> grown.put(name, bytes - before.getOrDefault(name, 0L)));
        return grown.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).toList();
    }

    private String run(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }
}
