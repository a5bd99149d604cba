package com.thenandnow.progress.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one journal, all beside {@code file}: the tail that changes are appended to ({@code file}),
 * the last compaction's result ({@code file.snapshot}) and, while a compaction runs, the tail it compacts
 * ({@code file.compacting}). Reading them in that order (snapshot, compacting, tail) gives every change.
 * Renames are atomic and followed by a sync of the folder, so a crash leaves either name, never neither.
 */
final class JournalFiles {

    private static final Logger log = LoggerFactory.getLogger(JournalFiles.class);

    final Path tail;
    final Path snapshot;
    final Path compacting;
    private final Path snapshotTemp;

    JournalFiles(Path file) {
        Path absolute = file.toAbsolutePath();
        tail = absolute;
        snapshot = sibling(absolute, ".snapshot");
        compacting = sibling(absolute, ".compacting");
        snapshotTemp = sibling(absolute, ".snapshot.tmp");
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Makes the tail ready for appending: the folder exists, a torn last line is cut off, a header is there. */
    void prepare() throws IOException {
        Files.createDirectories(tail.getParent());
        Files.deleteIfExists(snapshotTemp);
        cutTornLine();
        if (!Files.exists(tail) || Files.size(tail) == 0) {
            createWithHeader(tail);
        }
    }

    /** Bytes after the last newline were being written when the app stopped: never acknowledged, so dropped. */
    private void cutTornLine() throws IOException {
        if (!Files.exists(tail)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(tail, READ, WRITE)) {
            long size = channel.size();
            long end = endOfLastLine(channel, size);
            if (end < size) {
                log.warn("{}: the last line was cut short ({} bytes, written as the app stopped abruptly; it was never "
                        + "acknowledged to a learner) and is skipped", tail, size - end);
                channel.truncate(end);
                channel.force(true);
            }
        }
    }

    private static long endOfLastLine(FileChannel channel, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        for (long end = size; end > 0; end -= buffer.capacity()) {
            long start = Math.max(0, end - buffer.capacity());
            buffer.clear().limit((int) (end - start));
            channel.read(buffer, start);
            for (int i = (int) (end - start) - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
        }
        return 0;
    }

    FileChannel openTail() throws IOException {
        return FileChannel.open(tail, CREATE, WRITE, APPEND);
    }

    /** The tail becomes the file being compacted, and an empty tail takes its place. */
    void rotate() throws IOException {
        Files.move(tail, compacting, ATOMIC_MOVE);
        createWithHeader(tail);
    }

    /** Writes the states as the new snapshot and drops the compacted tail. */
    void replaceSnapshot(Collection<LearnerState> states, ProgressJson json) throws IOException {
        try (FileOutputStream file = new FileOutputStream(snapshotTemp.toFile());
             OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
            out.write(JournalReader.HEADER.getBytes(UTF_8));
            for (LearnerState state : states) {
                out.write(json.write(state));
                out.write('\n');
            }
            out.flush();
            file.getFD().sync();
        }
        Files.move(snapshotTemp, snapshot, ATOMIC_MOVE, REPLACE_EXISTING);
        syncFolder();
        Files.deleteIfExists(compacting);
        syncFolder();
    }

    long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** Bytes on disk of the tail, the snapshot and a compaction in progress; what is unreadable counts 0. */
    long totalSize() {
        long total = 0;
        for (Path file : new Path[] {tail, snapshot, compacting}) {
            try {
                total += size(file);
            } catch (IOException goneMeanwhile) {
                // renamed or deleted by a compaction between the check and the read
            }
        }
        return total;
    }

    /** A tail renamed aside for compaction and not compacted yet (a compaction failed or was cut short). */
    boolean hasCompacting() {
        return Files.exists(compacting);
    }

    private void createWithHeader(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, CREATE, WRITE)) {
            channel.truncate(0);
            write(channel, ByteBuffer.wrap(JournalReader.HEADER.getBytes(UTF_8)));
            channel.force(true);
        }
        syncFolder();
    }

    static void write(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void syncFolder() throws IOException {
        try (FileChannel folder = FileChannel.open(tail.getParent(), READ)) {
            folder.force(true);
        }
    }
}
