package com.thenandnow.progress;

import java.util.List;

/**
 * Where learners' progress lives. A store supplies only atomicity and storage; what a change does is
 * the change's own rule ({@link ProgressChange}). Every implementation passes the same contract test.
 * <ul>
 * <li>Updates are atomic per learner: two changes to one learner never overwrite each other, and
 * learners never wait for one another.</li>
 * <li>Reads hand out immutable snapshots that later changes do not alter.</li>
 * <li>A learner with nothing worth keeping (see {@link LearnerProgress#isEmpty()}) is not held at all.</li>
 * </ul>
 */
public interface ProgressStore {

    /** The learner's progress; a newcomer's empty progress if nothing is recorded. */
    LearnerProgress progress(LearnerId learner);

    /** Applies the change atomically and answers the learner's progress right after it. */
    LearnerProgress update(LearnerId learner, ProgressChange change);

    /** Every learner with anything recorded, in no particular order. */
    List<LearnerProgress> all();
}
