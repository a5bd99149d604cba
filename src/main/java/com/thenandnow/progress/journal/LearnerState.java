package com.thenandnow.progress.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's whole progress as of change {@code seq}; empty once the learner is forgotten (a tombstone,
 * so that an older line or another member's journal cannot bring the progress back). Compaction writes
 * these; a cluster member journals one per change and keeps them as its map values.
 */
public record LearnerState(long seq, LearnerId learner,
                           @JsonInclude(JsonInclude.Include.ALWAYS) Optional<LearnerProgress> progress) implements JournalLine {

    public LearnerState {
        Objects.requireNonNull(learner);
        Objects.requireNonNull(progress);
    }

    @Override
    public LearnerState after(LearnerState before) {
        return this;
    }

    /** The progress, or a newcomer's when there is none. */
    public LearnerProgress progressOrNewcomer() {
        return progress.orElseGet(() -> LearnerProgress.newcomer(learner));
    }
}
