/**
 * What each learner has done: lessons read, quiz attempts, best scores, the answers of a quiz not checked
 * yet (drafts, found again by OpenQuizzes), and the questions to review on a Leitner schedule (ReviewCard,
 * ReviewQueue); what a learner should do next (NextStep) and the finished course (CourseCompletion). The records
 * are immutable and the recording rules are {@link com.thenandnow.progress.ProgressChange}s; a
 * {@link com.thenandnow.progress.ProgressStore} only makes them atomic and keeps them: in memory here, journaled
 * in {@code journal}, shared by a cluster in {@code cluster}; {@code ops} chooses one. The services record
 * (ProgressRecorder), name (LearnerNames), read where a learner stands (CourseStanding) and open a quiz with
 * its draft or its checked attempt (OpenQuizzes).
 */
package com.thenandnow.progress;
