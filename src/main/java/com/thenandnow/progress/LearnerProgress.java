package com.thenandnow.progress;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one learner: their name (blank for a guest), whether they have chosen it
 * yet, and their progress per lesson id. At most {@value #MAX_DRAFTS} lessons hold a draft: a new draft beyond
 * that drops the oldest one, so drafts cannot grow a learner's memory without bound.
 */
public record LearnerProgress(LearnerId learner, String displayName, boolean introduced,
                              Map<String, LessonProgress> lessons, Optional<Instant> lastActive) {

    public static final int MAX_NAME_LENGTH = 40;
    public static final int MAX_DRAFTS = 5;

    private static final Comparator<LessonProgress> NEWEST_DRAFT_FIRST = Comparator
            .comparing((LessonProgress lesson) -> lesson.draft().orElseThrow().savedAt()).reversed()
            .thenComparing(LessonProgress::lessonId);

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

    /** With the lesson's progress replaced; a lesson left with nothing in it is not held. */
    LearnerProgress withLesson(LessonProgress progress, Instant at) {
        Map<String, LessonProgress> updated = new HashMap<>(lessons);
        if (progress.isEmpty()) {
            updated.remove(progress.lessonId());
        } else {
            updated.put(progress.lessonId(), progress);
        }
        return new LearnerProgress(learner, displayName, introduced, updated, Optional.of(at));
    }

    /** With the lesson's draft saved (or cleared when empty), and only the newest {@value #MAX_DRAFTS} drafts kept. */
    LearnerProgress withDraft(String lessonId, QuizDraft draft) {
        LessonProgress before = lesson(lessonId);
        LessonProgress saved = before.withDraft(draft);
        if (saved.equals(before)) {
            return this;
        }
        LearnerProgress next = withLesson(saved, draft.savedAt());
        List<LessonProgress> tooMany = next.lessons.values().stream().filter(lesson -> lesson.draft().isPresent())
                .sorted(NEWEST_DRAFT_FIRST).skip(MAX_DRAFTS).toList();
        for (LessonProgress old : tooMany) {
            next = next.withLesson(old.withoutDraft(), draft.savedAt());
        }
        return next;
    }
}
