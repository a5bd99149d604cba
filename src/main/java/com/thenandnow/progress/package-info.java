/**
 * What each learner has done: lessons read, quiz attempts, best scores. The records are immutable and the
 * recording rules are {@link com.thenandnow.progress.ProgressChange}s; a
 * {@link com.thenandnow.progress.ProgressStore} only makes them atomic and keeps them: in memory here, journaled
 * in {@code journal}, shared by a cluster in {@code cluster}; {@code ops} chooses one. The services record
 * (ProgressRecorder), name (LearnerNames) and read where a learner stands (CourseStanding).
 */
package com.thenandnow.progress;
