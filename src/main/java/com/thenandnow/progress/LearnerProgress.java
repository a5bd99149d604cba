package com.thenandnow.progress;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one learner: their name (blank for a guest), whether they have chosen it
 * yet, and their progress per lesson id.
 */
public record LearnerProgress(LearnerId learner, String displayName, boolean introduced,
                              Map<String, LessonProgress> lessons, Optional<Instant> lastActive) {

    public static final int MAX_NAME_LENGTH = 40;

    public LearnerProgress {
        Objects.requireNonNull(learner);
        Objects.requireNonNull(displayName);
        lessons = Map.copyOf(lessons);
        Objects.requireNonNull(lastActive);
    }

    public static LearnerProgress newcomer(LearnerId learner) {
        return new LearnerProgress(learner, "", false, Map.of(), Optional.empty());
    }

    public LessonProgress lesson(String lessonId) {
        return lessons.getOrDefault(lessonId, LessonProgress.empty(lessonId));
    }

    /** Nothing worth keeping: no name chosen and no lesson touched. A store holds no such learner. */
    public boolean isEmpty() {
        return !introduced && lessons.isEmpty();
    }

    public boolean isGuest() {
        return displayName.isBlank();
    }

    /** The name to show: the chosen one, or "Guest" and the start of the id, so guests stay tellable apart. */
    public String shownName() {
        return isGuest() ? "Guest " + learner.value().substring(0, 4) : displayName;
    }

    LearnerProgress named(String name, Instant at) {
        return new LearnerProgress(learner, name, true, lessons, Optional.of(at));
    }

    LearnerProgress withLesson(LessonProgress progress, Instant at) {
        Map<String, LessonProgress> updated = new HashMap<>(lessons);
        updated.put(progress.lessonId(), progress);
        return new LearnerProgress(learner, displayName, introduced, updated, Optional.of(at));
    }
}
