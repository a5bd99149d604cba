package com.thenandnow.progress;

import com.thenandnow.quiz.QuestionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A learner's progress in one lesson. Only the latest {@code keep} attempts are kept, so memory per
 * learner stays bounded; the first attempt (for item analysis) and the totals (count, best, when
 * passed) survive the trimming. {@code draft} holds the answers of an attempt not checked yet. {@code review} holds
 * the lesson's questions in the learner's review queue ({@link ReviewCard}): only questions of the version last
 * checked, so never more than a lesson has.
 */
public record LessonProgress(String lessonId, Optional<Instant> readAt, int attemptCount, double bestPercent,
                             Optional<Instant> passedAt, Optional<Attempt> firstAttempt, List<Attempt> recentAttempts,
                             Optional<QuizDraft> draft, List<ReviewCard> review) {

    public LessonProgress {
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(readAt);
        Objects.requireNonNull(passedAt);
        Objects.requireNonNull(firstAttempt);
        recentAttempts = List.copyOf(recentAttempts);
        Objects.requireNonNull(draft);
        review = List.copyOf(review);
    }

    public static LessonProgress empty(String lessonId) {
        return new LessonProgress(lessonId, Optional.empty(), 0, 0, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of());
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
        return readAt.isEmpty() && attemptCount == 0 && draft.isEmpty() && review.isEmpty();
    }

    LessonProgress read(Instant at) {
        return isRead() ? this : new LessonProgress(lessonId, Optional.of(at), attemptCount, bestPercent, passedAt,
                firstAttempt, recentAttempts, draft, review);
    }

    /** This progress with {@code next} as its draft (none when empty), unless that attempt is already checked. */
    LessonProgress withDraft(QuizDraft next) {
        if (attempt(next.attemptId()).isPresent()) {
            return this;
        }
        return new LessonProgress(lessonId, readAt, attemptCount, bestPercent, passedAt, firstAttempt, recentAttempts,
                next.isEmpty() ? Optional.empty() : Optional.of(next), review);
    }

    LessonProgress withoutDraft() {
        return new LessonProgress(lessonId, readAt, attemptCount, bestPercent, passedAt, firstAttempt, recentAttempts,
                Optional.empty(), review);
    }

    /**
     * This progress with the attempt added, its draft cleared and its answers in the review queue (see
     * {@link #reviewAfter}); the same progress if that attempt is already recorded. A draft of another attempt (another
     * tab) stays.
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
                draft.filter(open -> !open.attemptId().equals(attempt.id())), reviewAfter(attempt));
    }

    /** The card of the question with this prompt, if it is in the review queue. */
    public Optional<ReviewCard> reviewCard(String prompt) {
        return review.stream().filter(card -> card.prompt().equals(prompt)).findFirst();
    }

    /**
     * The review queue after a checked attempt: every question it asked that was not fully right enters box 1 (or goes
     * back there), a right one keeps its place with the new answer, and a card whose question the attempt's lesson
     * version no longer has leaves the queue. Questions carried over by a retry were not answered again.
     */
    private List<ReviewCard> reviewAfter(Attempt attempt) {
        Map<String, ReviewCard> next = new LinkedHashMap<>();
        for (QuestionResult result : attempt.result().questions()) {
            Optional<ReviewCard> card = reviewCard(result.prompt());
            if (result.carriedOver() || next.containsKey(result.prompt())) {
                card.ifPresent(kept -> next.putIfAbsent(kept.prompt(), kept));
            } else if (card.isPresent()) {
                next.put(result.prompt(), card.get().answeredInQuiz(result.answer(), result.verdict(), attempt.submittedAt()));
            } else if (!result.isRight()) {
                next.put(result.prompt(), ReviewCard.missed(result.prompt(), result.answer(), result.verdict(),
                        attempt.submittedAt()));
            }
        }
        return List.copyOf(next.values());
    }

    /** This progress with an answer given in review; a question not in the queue (mastered long ago, removed) is left out. */
    LessonProgress withReviewAnswer(ProgressChange.AnswerReview answer) {
        Optional<ReviewCard> card = reviewCard(answer.prompt());
        Optional<ReviewCard> answered = card.map(old -> old.answeredInReview(answer.id(), answer.answer(), answer.verdict(),
                answer.at()));
        if (answered.equals(card)) {
            return this;
        }
        List<ReviewCard> next = review.stream().map(old -> old == card.get() ? answered.get() : old).toList();
        return new LessonProgress(lessonId, readAt, attemptCount, bestPercent, passedAt, firstAttempt, recentAttempts,
                draft, next);
    }
}
