/**
 * What each learner has done: lessons read, quiz attempts, best scores, and the answers of a quiz not checked
 * yet (drafts, found again by OpenQuizzes). The records are immutable and the
 * recording rules are {@link com.thenandnow.progress.ProgressChange}s; a
 * {@link com.thenandnow.progress.ProgressStore} only makes them atomic and keeps them: in memory here, journaled
 * in {@code journal}, shared by a cluster in {@code cluster}; {@code ops} chooses one. The services record
 * (ProgressRecorder), name (LearnerNames), read where a learner stands (CourseStanding) and open a quiz with
 * its draft or its checked attempt (OpenQuizzes).
 */
package com.thenandnow.progress;
