package com.thenandnow.progress.cluster;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.spi.merge.MergingValue;
import com.hazelcast.spi.merge.SplitBrainMergePolicy;
import com.thenandnow.progress.journal.LearnerState;

/**
 * When members that lost sight of each other (a network split) find each other again, each learner keeps
 * the state with the higher change number, whichever side it was recorded on.
 */
public class NewestProgressWins implements SplitBrainMergePolicy<LearnerState, MergingValue<LearnerState>, LearnerState> {

    @Override
    public LearnerState merge(MergingValue<LearnerState> merging, MergingValue<LearnerState> existing) {
        if (existing == null) {
            return merging.getDeserializedValue();
        }
        LearnerState incoming = merging.getDeserializedValue();
        LearnerState current = existing.getDeserializedValue();
        return current == null || (incoming != null && incoming.seq() > current.seq()) ? incoming : current;
    }

    @Override
    public void writeData(ObjectDataOutput out) {
        // no state: the rule is the same everywhere
    }

    @Override
    public void readData(ObjectDataInput in) {
        // no state
    }
}
