package com.thenandnow.progress.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An append-only journal with group commit. Callers append lines and wait for the returned commit; one
 * writer thread takes every line queued so far, writes them and syncs the file once (fsync) for the whole
 * batch, so many learners checking at once share one fsync. No delay is added to gather a batch: lines
 * queue up while the previous fsync runs, so a change waits for at most the fsync in progress and its own.
 * When the tail outgrows the last snapshot, the writer renames it aside between two batches and a
 * background thread compacts it ({@link Compactor}); appending never waits for a compaction.
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
    private final long compactAfterBytes;
    private final Thread writer;
    private final Object lock = new Object();
    private List<byte[]> queued = new ArrayList<>();
    private CompletableFuture<Void> queuedCommit = new CompletableFuture<>();
    private long queuedSince;
    private CompletableFuture<Void> compactionRequest;
    private boolean closing;
    private volatile long inFlightSince;
    private volatile IOException failure;
    private FileChannel channel;
    private long tailBytes;

    private Journal(JournalFiles files, ProgressJson json, long compactAfterBytes) throws IOException {
        this.files = files;
        this.json = json;
        this.compactor = new Compactor(files, json);
        this.compactAfterBytes = compactAfterBytes;
        this.channel = files.openTail();
        this.tailBytes = channel.size();
        this.writer = new Thread(this::writeLoop, "journal-writer");
        writer.setDaemon(true);
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
        synchronized (lock) {
            if (failure != null) {
                throw new UncheckedIOException("the progress journal " + files.tail + " cannot be written", failure);
            }
            if (closing) {
                throw new IllegalStateException("the progress journal " + files.tail + " is closed");
            }
            if (queued.isEmpty()) {
                queuedSince = System.nanoTime();
                lock.notifyAll();
            }
            queued.add(bytes);
            return queuedCommit;
        }
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
        synchronized (lock) {
            if (failure != null) {
                return CompletableFuture.failedFuture(failure);
            }
            if (compactionRequest == null) {
                compactionRequest = new CompletableFuture<>();
                lock.notifyAll();
            }
            return compactionRequest;
        }
    }

    /** What operators see: where the journal is, its size on disk, how far the disk is behind, any failure. */
    public JournalStatus status() {
        long since = inFlightSince;
        synchronized (lock) {
            since = since != 0 ? since : queued.isEmpty() ? 0 : queuedSince;
        }
        double lag = since == 0 ? 0 : (System.nanoTime() - since) / 1e9;
        return new JournalStatus(files.tail, files.totalSize(), lag, Optional.ofNullable(failure).map(IOException::toString));
    }

    private record Batch(List<byte[]> lines, CompletableFuture<Void> commit, CompletableFuture<Void> compaction) {
    }

    private void writeLoop() {
        try {
            for (Batch batch = nextBatch(); batch != null; batch = nextBatch()) {
                write(batch);
                compactIfDue(batch.compaction());
            }
            channel.close();
        } catch (IOException e) {
            fail(e);
        } catch (InterruptedException e) {
            fail(new IOException("the journal writer was interrupted", e));
        }
    }

    private Batch nextBatch() throws InterruptedException {
        synchronized (lock) {
            while (queued.isEmpty() && compactionRequest == null && !closing) {
                lock.wait();
            }
            if (queued.isEmpty() && compactionRequest == null) {
                return null;
            }
            Batch batch = new Batch(queued, queuedCommit, compactionRequest);
            inFlightSince = queued.isEmpty() ? 0 : queuedSince;
            queued = new ArrayList<>();
            queuedCommit = new CompletableFuture<>();
            compactionRequest = null;
            return batch;
        }
    }

    private void write(Batch batch) throws IOException {
        if (batch.lines().isEmpty()) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(batch.lines().stream().mapToInt(line -> line.length).sum());
        batch.lines().forEach(buffer::put);
        buffer.flip();
        try {
            JournalFiles.write(channel, buffer);
            channel.force(false);
        } catch (IOException e) {
            batch.commit().completeExceptionally(e);
            throw e;
        }
        tailBytes += buffer.limit();
        inFlightSince = 0;
        batch.commit().complete(null);
    }

    private void compactIfDue(CompletableFuture<Void> request) throws IOException {
        boolean due = tailBytes > Math.max(compactAfterBytes, compactor.snapshotBytes());
        if ((due || request != null) && compactor.isDone()) {
            if (!files.hasCompacting()) {
                channel.close();
                files.rotate();
                channel = files.openTail();
                tailBytes = channel.size();
            }
            compactor.start();
        }
        if (request != null) {
            compactor.whenDone(request);
        }
    }

    private void fail(IOException e) {
        synchronized (lock) {
            failure = e;
            queuedCommit.completeExceptionally(e);
            if (compactionRequest != null) {
                compactionRequest.completeExceptionally(e);
            }
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing: the first error is the one reported
        }
    }

    /** Writes what is queued, stops the writer and waits for a compaction under way. */
    @Override
    public void close() throws InterruptedException {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        if (writer.isAlive()) {
            writer.join(COMMIT_TIMEOUT.toMillis());
        }
        compactor.close();
    }
}
