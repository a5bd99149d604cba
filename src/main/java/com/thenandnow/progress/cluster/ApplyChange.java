package com.thenandnow.progress.cluster;

import com.hazelcast.map.EntryProcessor;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.journal.LearnerChange;
import com.thenandnow.progress.journal.LearnerState;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a change to a learner's state on the member that owns it, atomically, and again on the backup.
 * Both copies reach the same state: the change is deterministic and its number is fixed by the state
 * before it and the number proposed by the caller. A forgotten learner keeps a tombstone with its number.
 */
record ApplyChange(ProgressChange change, long proposedSeq) implements EntryProcessor<String, LearnerState, LearnerState> {

    ApplyChange {
        Objects.requireNonNull(change);
    }

    @Override
    public LearnerState process(Map.Entry<String, LearnerState> entry) {
        LearnerState before = entry.getValue();
        long seq = before == null ? proposedSeq : Math.max(before.seq() + 1, proposedSeq);
        LearnerState after = new LearnerChange(seq, new LearnerId(entry.getKey()), change).after(before);
        if (before != null || after.progress().isPresent()) {
            entry.setValue(after);
        }
        return after;
    }
}
