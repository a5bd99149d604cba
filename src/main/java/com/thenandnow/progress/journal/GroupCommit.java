package com.thenandnow.progress.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The journal's one writer thread. Lines queue up with the commit of the batch they will be in; the writer
 * takes the whole queue, writes it, syncs the file once and completes that commit. No delay is added to
 * gather a batch: lines queue while the previous fsync runs. Between batches, the writer renames the tail
 * aside for compaction when it has outgrown the last snapshot. After a write error it accepts nothing more.
 */
final class GroupCommit {

    private final JournalFiles files;
    private final Compactor compactor;
    private final long compactAfterBytes;
    private final Thread writer = new Thread(this::writeLoop, "journal-writer");
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

    GroupCommit(JournalFiles files, Compactor compactor, long compactAfterBytes) {
        this.files = files;
        this.compactor = compactor;
        this.compactAfterBytes = compactAfterBytes;
        writer.setDaemon(true);
    }

    void start() throws IOException {
        channel = files.openTail();
        tailBytes = channel.size();
        writer.start();
    }

    CompletableFuture<Void> append(byte[] line) {
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
            queued.add(line);
            return queuedCommit;
        }
    }

    CompletableFuture<Void> requestCompaction() {
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

    /** Seconds the oldest line not yet on disk has waited; 0 when all are on disk. */
    double lagSeconds() {
        long since = inFlightSince;
        synchronized (lock) {
            since = since != 0 ? since : queued.isEmpty() ? 0 : queuedSince;
        }
        return since == 0 ? 0 : (System.nanoTime() - since) / 1e9;
    }

    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
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

    /** Lets the writer write what is queued, then stop; waits for it at most {@code timeoutMillis}. */
    void close(long timeoutMillis) throws InterruptedException {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        if (writer.isAlive()) {
            writer.join(timeoutMillis);
        }
    }
}
