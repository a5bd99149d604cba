package com.thenandnow.progress.journal;

import com.thenandnow.progress.LearnerId;
import java.util.HashMap;
import java.util.Map;

/** Rebuilds learners' states from journal lines read in order: a line applies only if it is newer. */
public final class Replay {

    private final Map<LearnerId, LearnerState> states = new HashMap<>();
    private long lastSeq;
    private long lines;

    public void add(JournalLine line) {
        lines++;
        lastSeq = Math.max(lastSeq, line.seq());
        LearnerState before = states.get(line.learner());
        if (before == null || before.seq() < line.seq()) {
            states.put(line.learner(), line.after(before));
        }
    }

    /** Every learner seen, tombstones (forgotten learners) included. */
    public Map<LearnerId, LearnerState> states() {
        return states;
    }

    /** The highest sequence number seen, so new changes are numbered after it. */
    public long lastSeq() {
        return lastSeq;
    }

    public long lines() {
        return lines;
    }
}
