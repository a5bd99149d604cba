package com.thenandnow.progress;

import com.thenandnow.quiz.Verdict;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing that happens to a learner's progress. The recording rules live here, once: a store only makes
 * each change atomic per learner and keeps the result. Changes are plain records, so a durable store can
 * write them down and a clustered one can ship them to the member that owns the learner.
 * <p>A new kind is one more record here. The journal names it after the record ({@code "record-attempt"})
 * and writes its components as they are, so they are the journal format from then on; applied twice it
 * must give the same result as once (a cluster retries an update whose member died); and
 * {@code ProgressJsonTest.EVERY_KIND} needs an example of it.
 */
public sealed interface ProgressChange {

    /** The learner's progress after this change. */
    LearnerProgress applyTo(LearnerProgress current);

    /**
     * What a store holds for {@code learner} after this change, given what it held ({@code null} for
     * nothing): {@code null} again when nothing worth keeping is left, so stores hold only learners who
     * did something.
     */
    default LearnerProgress nextStored(LearnerId learner, LearnerProgress stored) {
        LearnerProgress next = applyTo(stored != null ? stored : LearnerProgress.newcomer(learner));
        return next.isEmpty() ? null : next;
    }

    /**
     * The learner chose a display name; a blank one means "continue as a guest", which records nothing for a
     * learner who has done nothing yet: a visitor who only closes the welcome dialog costs no memory.
     */
    record Rename(String displayName, Instant at) implements ProgressChange {
        public Rename {
            Objects.requireNonNull(displayName);
            Objects.requireNonNull(at);
        }

        @Override
        public LearnerProgress applyTo(LearnerProgress current) {
            return displayName.isBlank() && current.isEmpty() ? current : current.named(displayName, at);
        }
    }

    /** The learner opened a lesson; reading it again keeps the first time read and counts as activity. */
    record MarkRead(String lessonId, Instant at) implements ProgressChange {
        public MarkRead {
            Objects.requireNonNull(lessonId);
            Objects.requireNonNull(at);
        }

        @Override
        public LearnerProgress applyTo(LearnerProgress current) {
            return current.withLesson(current.lesson(lessonId).read(at), at);
        }
    }

    /**
     * A checked quiz, whose draft it clears. Recording an attempt that is still kept changes nothing, so a double
     * click or a resent request counts once; only the latest {@code attemptsKept} are kept besides the first.
     */
    record RecordAttempt(Attempt attempt, int attemptsKept) implements ProgressChange {
        public RecordAttempt {
            Objects.requireNonNull(attempt);
            if (attemptsKept < 1) {
                throw new IllegalArgumentException("at least one attempt is kept: " + attemptsKept);
            }
        }

        @Override
        public LearnerProgress applyTo(LearnerProgress current) {
            LessonProgress lesson = current.lesson(attempt.lessonId());
            LessonProgress recorded = lesson.withAttempt(attempt, attemptsKept);
            return recorded == lesson ? current : current.withLesson(recorded, attempt.submittedAt());
        }
    }

    /**
     * The answers of a quiz attempt not checked yet, replacing the lesson's draft; an empty draft clears it. A draft
     * of an attempt already recorded changes nothing, so a save that arrives after the check cannot bring it back.
     */
    record SaveDraft(String lessonId, QuizDraft draft) implements ProgressChange {
        public SaveDraft {
            Objects.requireNonNull(lessonId);
            Objects.requireNonNull(draft);
        }

        @Override
        public LearnerProgress applyTo(LearnerProgress current) {
            return current.withDraft(lessonId, draft);
        }
    }

    /**
     * An answer given in review to the question with this prompt in the lesson, graded: it moves the question's
     * {@link ReviewCard} on its schedule. A question no longer in the queue is left alone, and the same answer
     * ({@code id}) applied twice counts once.
     */
    record AnswerReview(UUID id, String lessonId, String prompt, Verdict verdict, String answer, Instant at)
            implements ProgressChange {
        public AnswerReview {
            Objects.requireNonNull(id);
            Objects.requireNonNull(lessonId);
            Objects.requireNonNull(prompt);
            Objects.requireNonNull(verdict);
            Objects.requireNonNull(answer);
            Objects.requireNonNull(at);
        }

        @Override
        public LearnerProgress applyTo(LearnerProgress current) {
            LessonProgress lesson = current.lesson(lessonId);
            LessonProgress answered = lesson.withReviewAnswer(this);
            return answered == lesson ? current : current.withLesson(answered, at);
        }
    }

    /** Everything recorded about the learner goes. */
    record Forget() implements ProgressChange {
        @Override
        public LearnerProgress applyTo(LearnerProgress current) {
            return LearnerProgress.newcomer(current.learner());
        }
    }
}
