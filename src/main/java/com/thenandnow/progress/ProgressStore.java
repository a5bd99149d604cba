package com.thenandnow.progress;

import java.time.Instant;
import java.util.List;

/**
 * Where learners' progress lives. Implementations must be safe under many concurrent learners:
 * every update is atomic per learner, and reads hand out immutable snapshots.
 */
public interface ProgressStore {

    /** The learner's progress; a newcomer's empty progress if nothing is recorded. */
    LearnerProgress progress(LearnerId learner);

    /** Sets the learner's display name; blank means "continue as a guest". */
    void rename(LearnerId learner, String displayName, Instant at);

    void markRead(LearnerId learner, String lessonId, Instant at);

    /**
     * Records the attempt once: recording again an attempt that is still kept (the first one, or one of
     * the latest {@code app.progress.attempts-kept}) changes nothing, so a double click or a resent
     * request counts once. Answers the learner's progress in that lesson afterwards.
     */
    LessonProgress record(LearnerId learner, Attempt attempt);

    /** Every learner with any recorded activity. */
    List<LearnerProgress> all();
}
