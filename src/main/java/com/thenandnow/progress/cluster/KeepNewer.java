package com.thenandnow.progress.cluster;

import com.hazelcast.map.EntryProcessor;
import com.thenandnow.progress.journal.LearnerState;
import java.util.Map;
import java.util.Objects;

/** Puts a learner's state from a member's journal into the cluster unless the cluster holds a newer one. */
record KeepNewer(LearnerState state) implements EntryProcessor<String, LearnerState, Boolean> {

    KeepNewer {
        Objects.requireNonNull(state);
    }

    @Override
    public Boolean process(Map.Entry<String, LearnerState> entry) {
        boolean newer = entry.getValue() == null || entry.getValue().seq() < state.seq();
        if (newer) {
            entry.setValue(state);
        }
        return newer;
    }
}
