/**
 * What each learner has done: lessons read, quiz attempts, best scores. Kept in memory behind the
 * {@link com.thenandnow.progress.ProgressStore} interface; {@link com.thenandnow.progress.ProgressService}
 * adds the course rules (locking, what to review).
 */
package com.thenandnow.progress;
