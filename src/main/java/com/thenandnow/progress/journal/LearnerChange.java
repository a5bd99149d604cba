package com.thenandnow.progress.journal;

import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.ProgressChange;
import java.util.Objects;
import java.util.Optional;

/** A journal line saying what happened: the change, applied by the same rule as when it was recorded. */
public record LearnerChange(long seq, LearnerId learner, ProgressChange change) implements JournalLine {

    public LearnerChange {
        Objects.requireNonNull(learner);
        Objects.requireNonNull(change);
    }

    @Override
    public LearnerState after(LearnerState before) {
        LearnerProgress stored = before == null ? null : before.progress().orElse(null);
        return new LearnerState(seq, learner, Optional.ofNullable(change.nextStored(learner, stored)));
    }
}
