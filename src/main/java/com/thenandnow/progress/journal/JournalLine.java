package com.thenandnow.progress.journal;

import com.thenandnow.progress.LearnerId;

/**
 * One line of the journal, about one learner. {@code seq} grows with every change of that learner, so a
 * line that is not newer than what is already known is skipped: replaying a line twice, or files that
 * overlap after a crash during compaction, changes nothing.
 */
public sealed interface JournalLine permits LearnerChange, LearnerState {

    long seq();

    LearnerId learner();

    /** The learner's state after this line, given the state before it ({@code null} for none). */
    LearnerState after(LearnerState before);
}
