package com.thenandnow.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A learner's progress in one lesson. Only the latest {@code keep} attempts are kept, so memory per
 * learner stays bounded; the first attempt (for item analysis) and the totals (count, best, when
 * passed) survive the trimming. {@code draft} holds the answers of an attempt not checked yet.
 */
public record LessonProgress(String lessonId, Optional<Instant> readAt, int attemptCount, double bestPercent,
                             Optional<Instant> passedAt, Optional<Attempt> firstAttempt, List<Attempt> recentAttempts,
                             Optional<QuizDraft> draft) {

    public LessonProgress {
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(readAt);
        Objects.requireNonNull(passedAt);
        Objects.requireNonNull(firstAttempt);
        recentAttempts = List.copyOf(recentAttempts);
        Objects.requireNonNull(draft);
    }

    public static LessonProgress empty(String lessonId) {
        return new LessonProgress(lessonId, Optional.empty(), 0, 0, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }

    public boolean isRead() {
        return readAt.isPresent();
    }

    public boolean isPassed() {
        return passedAt.isPresent();
    }

    public boolean hasAttempts() {
        return attemptCount > 0;
    }

    public Optional<Attempt> latestAttempt() {
        return recentAttempts.isEmpty() ? Optional.empty() : Optional.of(recentAttempts.get(recentAttempts.size() - 1));
    }

    public Optional<Attempt> attempt(UUID id) {
        return Stream.concat(firstAttempt.stream(), recentAttempts.stream()).filter(a -> a.id().equals(id)).findFirst();
    }

    /** Nothing but an empty draft slot: a lesson the learner never opened and has no answers in. */
    boolean isEmpty() {
        return readAt.isEmpty() && attemptCount == 0 && draft.isEmpty();
    }

    LessonProgress read(Instant at) {
        return isRead() ? this : new LessonProgress(lessonId, Optional.of(at), attemptCount, bestPercent, passedAt,
                firstAttempt, recentAttempts, draft);
    }

    /** This progress with {@code next} as its draft (none when empty), unless that attempt is already checked. */
    LessonProgress withDraft(QuizDraft next) {
        if (attempt(next.attemptId()).isPresent()) {
            return this;
        }
        return new LessonProgress(lessonId, readAt, attemptCount, bestPercent, passedAt, firstAttempt, recentAttempts,
                next.isEmpty() ? Optional.empty() : Optional.of(next));
    }

    LessonProgress withoutDraft() {
        return new LessonProgress(lessonId, readAt, attemptCount, bestPercent, passedAt, firstAttempt, recentAttempts,
                Optional.empty());
    }

    /**
     * This progress with the attempt added and its draft cleared; the same progress if that attempt is already
     * recorded. A draft of another attempt (another tab) stays.
     */
    LessonProgress withAttempt(Attempt attempt, int keep) {
        if (attempt(attempt.id()).isPresent()) {
            return this;
        }
        List<Attempt> recent = new ArrayList<>(recentAttempts);
        recent.add(attempt);
        List<Attempt> kept = recent.subList(Math.max(0, recent.size() - keep), recent.size());
        Optional<Instant> passed = passedAt.or(() -> attempt.passed() ? Optional.of(attempt.submittedAt()) : Optional.empty());
        return new LessonProgress(lessonId, readAt.or(() -> Optional.of(attempt.submittedAt())), attemptCount + 1,
                Math.max(bestPercent, attempt.percent()), passed, firstAttempt.or(() -> Optional.of(attempt)), kept,
                draft.filter(open -> !open.attemptId().equals(attempt.id())));
    }
}
