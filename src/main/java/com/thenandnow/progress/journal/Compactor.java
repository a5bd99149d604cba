package com.thenandnow.progress.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a journal on its own thread: replays the snapshot and the tail renamed aside, and writes each
 * learner's latest state as the new snapshot. It works on files only, never on the store's memory, so
 * learners never wait for it; a crash at any point leaves files that replay to the same progress.
 */
final class Compactor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Compactor.class);
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final JournalFiles files;
    private final ProgressJson json;
    private final JournalReader reader;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread compactor = new Thread(task, "journal-compactor");
        compactor.setDaemon(true);
        return compactor;
    });
    private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
    private volatile long snapshotBytes;

    Compactor(JournalFiles files, ProgressJson json) {
        this.files = files;
        this.json = json;
        this.reader = new JournalReader(json);
    }

    /** Every line on disk, oldest first: the snapshot, a tail left mid-compaction, the tail. */
    void replay(Consumer<JournalLine> lines) throws IOException {
        for (Path file : List.of(files.snapshot, files.compacting, files.tail)) {
            read(file, lines);
        }
        snapshotBytes = files.size(files.snapshot);
    }

    /** A compaction cut short by a crash is done again once the journal runs. */
    void finishInterrupted() {
        if (files.hasCompacting()) {
            start();
        }
    }

    long snapshotBytes() {
        return snapshotBytes;
    }

    boolean isDone() {
        return running.isDone();
    }

    void start() {
        running = CompletableFuture.runAsync(this::compact, thread);
    }

    void whenDone(CompletableFuture<Void> request) {
        running.whenComplete((done, failure) -> {
            if (failure != null) {
                request.completeExceptionally(failure);
            } else {
                request.complete(null);
            }
        });
    }

    private void compact() {
        long start = System.nanoTime();
        try {
            Replay replay = new Replay();
            read(files.snapshot, replay::add);
            read(files.compacting, replay::add);
            List<LearnerState> states = replay.states().values().stream()
                    .sorted(Comparator.comparing(state -> state.learner().value())).toList();
            files.replaceSnapshot(states, json);
            snapshotBytes = files.size(files.snapshot);
            log.info("Compacted {}: {} lines into {} learners, {} KB, in {} ms", files.tail, replay.lines(),
                    states.size(), snapshotBytes / 1024, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            log.error("Compacting {} failed; the journal keeps every line and compaction is tried again later",
                    files.tail, e);
            throw new UncheckedIOException(e);
        }
    }

    private void read(Path file, Consumer<JournalLine> lines) throws IOException {
        JournalReader.Read read = reader.read(file, lines);
        if (read.tornBytes() > 0) {
            log.warn("{}: the last line was cut short ({} bytes) and is skipped", file, read.tornBytes());
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
            log.warn("A compaction of {} is still running at shutdown; the next start finishes it", files.tail);
        }
    }
}
