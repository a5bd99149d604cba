package com.thenandnow.progress.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An append-only journal of JSON lines with group commit: callers append lines and wait for the returned
 * commit, which completes once the line is on disk; many learners checking at once share one fsync
 * ({@link GroupCommit}). When the tail outgrows the last snapshot it is compacted in the background
 * ({@link Compactor}); appending never waits for a compaction.
 * <p>Use: {@link #open}, {@link #replay} once, then {@link #append} from any thread; {@link #close} flushes.
 */
public final class Journal implements AutoCloseable {

    /** How long a change waits for the disk before the learner gets an error instead of a hang. */
    public static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);
    /** The tail is compacted once it is larger than this and than the last snapshot. */
    public static final long COMPACT_AFTER_BYTES = 4L << 20;

    private final JournalFiles files;
    private final ProgressJson json;
    private final Compactor compactor;
    private final GroupCommit writer;

    private Journal(JournalFiles files, ProgressJson json, long compactAfterBytes) {
        this.files = files;
        this.json = json;
        this.compactor = new Compactor(files, json);
        this.writer = new GroupCommit(files, compactor, compactAfterBytes);
    }

    public static Journal open(Path file, ProgressJson json) throws IOException {
        return open(file, json, COMPACT_AFTER_BYTES);
    }

    /** Opens the journal at {@code file}, creating it and its folder if needed, with its own compaction size. */
    public static Journal open(Path file, ProgressJson json, long compactAfterBytes) throws IOException {
        JournalFiles files = new JournalFiles(file);
        files.prepare();
        return new Journal(files, json, compactAfterBytes);
    }

    /** Hands every recorded line to {@code lines}, oldest first; then starts writing. Call once, before appending. */
    public void replay(Consumer<JournalLine> lines) throws IOException {
        compactor.replay(lines);
        writer.start();
        compactor.finishInterrupted();
    }

    /**
     * Queues the line for the next batch. The returned commit completes once the line is on disk; pass it to
     * {@link #await}. Lines appended one after another are written in that order.
     */
    public CompletableFuture<Void> append(JournalLine line) {
        byte[] text = json.write(line);
        byte[] bytes = Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = '\n';
        return writer.append(bytes);
    }

    /** Waits until the commit is on disk, at most {@link #COMMIT_TIMEOUT}; throws when it is not. */
    public static void await(CompletableFuture<Void> commit) {
        try {
            commit.get(COMMIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new UncheckedIOException("the change could not be written to the progress journal",
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (TimeoutException e) {
            throw new IllegalStateException("the progress journal did not confirm the change within " + COMMIT_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the progress journal wrote the change", e);
        }
    }

    /** Compacts the tail written so far (or joins the compaction under way); completes when it is done. */
    public CompletableFuture<Void> compact() {
        return writer.requestCompaction();
    }

    /** What operators see: where the journal is, its size on disk, how far the disk is behind, any failure. */
    public JournalStatus status() {
        return new JournalStatus(files.tail, files.totalSize(), writer.lagSeconds(),
                writer.failure().map(IOException::toString));
    }

    /** Writes what is queued, stops the writer and waits for a compaction under way. */
    @Override
    public void close() throws InterruptedException {
        writer.close(COMMIT_TIMEOUT.toMillis());
        compactor.close();
    }
}
