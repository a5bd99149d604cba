package com.thenandnow.progress.journal;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A journal as operators see it: its file, its size on disk (tail, snapshot and any compaction in
 * progress), how many seconds the oldest change not yet on disk has waited, and the write error that
 * stopped it, if any.
 */
public record JournalStatus(Path file, long bytes, double lagSeconds, Optional<String> failure) {
}
