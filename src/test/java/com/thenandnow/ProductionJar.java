package com.thenandnow;

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
import java.util.stream.Stream;

/**
 * The production jar in a JVM of its own on a free loopback port, for the benchmarks that measure the app
 * from outside. Build it first: {@code ./mvnw -Pproduction package -DskipTests}. Unless told otherwise, each
 * launch journals progress in a fresh temporary folder, so that no run replays or grows an earlier run's journal.
 */
public final class ProductionJar implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final String JOURNAL_ARGUMENT = "--app.progress.journal=";

    private final Process process;
    private final int port;
    private final long startedAt;
    private final Path journalFolder;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private ProductionJar(Process process, int port, long startedAt, Path journalFolder) {
        this.process = process;
        this.port = port;
        this.startedAt = startedAt;
        this.journalFolder = journalFolder;
    }

    /** Launches the jar in {@code target/} with these JVM options and app arguments; its output goes to {@code output}. */
    public static ProductionJar start(List<String> jvmOptions, List<String> appArguments, ProcessBuilder.Redirect output)
            throws IOException {
        return start(find(), jvmOptions, appArguments, output);
    }

    /** Launches {@code jar}, listening on loopback only. */
    public static ProductionJar start(Path jar, List<String> jvmOptions, List<String> appArguments,
            ProcessBuilder.Redirect output) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(appArguments);
        Path journalFolder = Files.createTempDirectory("then-and-now-journal");
        if (appArguments.stream().noneMatch(argument -> argument.startsWith(JOURNAL_ARGUMENT))) {
            command.add(JOURNAL_ARGUMENT + journalFolder.resolve("progress.journal"));
        }
        long startedAt = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
        return new ProductionJar(process, port, startedAt, journalFolder);
    }

    /** Waits for the first HTTP 200 on "/" and answers how long after the launch it came. */
    public Duration awaitFirstOk(Duration giveUp) throws InterruptedException {
        HttpRequest home = HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - startedAt < giveUp.toNanos()) {
            if (!process.isAlive()) {
                throw new AssertionError("the app stopped before answering (exit code " + process.exitValue() + ")");
            }
            if (answersOk(home)) {
                return Duration.ofNanos(System.nanoTime() - startedAt);
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new AssertionError("no HTTP 200 within " + giveUp);
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        process.waitFor();
        TempFolders.deleteTree(journalFolder);
    }

    private boolean answersOk(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private static Path find() throws IOException {
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
