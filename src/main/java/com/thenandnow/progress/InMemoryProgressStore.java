package com.thenandnow.progress;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Repository;

/**
 * Progress in a concurrent map of immutable snapshots. Each update replaces a learner's snapshot
 * inside {@link ConcurrentMap#compute}, which runs atomically per key: two attempts of one learner
 * can never overwrite each other, and learners never wait for one another.
 */
@Repository
public class InMemoryProgressStore implements ProgressStore {

    private final ConcurrentMap<LearnerId, LearnerProgress> learners = new ConcurrentHashMap<>();
    private final int attemptsKept;

    public InMemoryProgressStore(ProgressProperties properties) {
        this.attemptsKept = properties.attemptsKept();
    }

    @Override
    public LearnerProgress progress(LearnerId learner) {
        return learners.getOrDefault(learner, LearnerProgress.newcomer(learner));
    }

    @Override
    public void rename(LearnerId learner, String displayName, Instant at) {
        learners.compute(learner, (id, progress) -> orNew(id, progress).named(displayName, at));
    }

    @Override
    public void markRead(LearnerId learner, String lessonId, Instant at) {
        learners.compute(learner, (id, progress) -> {
            LearnerProgress current = orNew(id, progress);
            return current.withLesson(current.lesson(lessonId).read(at), at);
        });
    }

    @Override
    public LessonProgress record(LearnerId learner, Attempt attempt) {
        LearnerProgress updated = learners.compute(learner, (id, progress) -> {
            LearnerProgress current = orNew(id, progress);
            LessonProgress lesson = current.lesson(attempt.lessonId());
            LessonProgress recorded = lesson.withAttempt(attempt, attemptsKept);
            return recorded == lesson ? current : current.withLesson(recorded, attempt.submittedAt());
        });
        return updated.lesson(attempt.lessonId());
    }

    @Override
    public List<LearnerProgress> all() {
        return List.copyOf(learners.values());
    }

    private static LearnerProgress orNew(LearnerId id, LearnerProgress progress) {
        return progress != null ? progress : LearnerProgress.newcomer(id);
    }
}
