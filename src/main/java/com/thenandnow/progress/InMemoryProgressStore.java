package com.thenandnow.progress;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Progress in a concurrent map of immutable snapshots. Each change replaces a learner's snapshot inside
 * {@link ConcurrentMap#compute}, which runs atomically per key.
 */
public class InMemoryProgressStore implements ProgressStore {

    private final ConcurrentMap<LearnerId, LearnerProgress> learners = new ConcurrentHashMap<>();

    @Override
    public LearnerProgress progress(LearnerId learner) {
        LearnerProgress stored = learners.get(learner);
        return stored != null ? stored : LearnerProgress.newcomer(learner);
    }

    @Override
    public LearnerProgress update(LearnerId learner, ProgressChange change) {
        LearnerProgress next = learners.compute(learner, change::nextStored);
        return next != null ? next : LearnerProgress.newcomer(learner);
    }

    @Override
    public List<LearnerProgress> all() {
        return List.copyOf(learners.values());
    }
}
