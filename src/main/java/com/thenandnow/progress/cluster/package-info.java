/**
 * Progress shared by several app servers: a Hazelcast map of learners' states, embedded in each server,
 * updated by entry processors on the member that owns the learner, with one backup. Used only when
 * {@code app.progress.store=hazelcast}; otherwise no Hazelcast class is touched.
 */
package com.thenandnow.progress.cluster;
