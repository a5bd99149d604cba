package com.thenandnow.progress;

import com.thenandnow.quiz.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One question in a learner's review queue, on a Leitner schedule. A question not fully right in a quiz enters box 1,
 * due a day later; a right answer in review when it is due moves it to the next box (due 3, 7, then 21 days later),
 * and a right answer in box 4 masters it; a wrong or partly right answer, in a quiz or in review, sends it back to
 * box 1. A right answer before it is due changes no box: spacing is the point. The card keeps the learner's last
 * answer in words and how many answers were given in review (for item analysis). {@code lastReview} is the id of the
 * last review answer counted, so an answer applied twice counts once.
 * <p>A card names its question by its prompt within the lesson: see {@link ReviewQueue}.
 */
public record ReviewCard(String prompt, int box, Instant dueAt, String lastAnswer, Verdict lastVerdict,
                         int reviewAnswers, Optional<UUID> lastReview) {

    /** Days until the next review after an answer leaves a card in box 1, 2, 3 or 4. */
    public static final List<Integer> INTERVAL_DAYS = List.of(1, 3, 7, 21);
    /** The box of a card answered right in the last box: it is no longer asked. */
    public static final int MASTERED = INTERVAL_DAYS.size() + 1;

    public ReviewCard {
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(dueAt);
        Objects.requireNonNull(lastAnswer);
        Objects.requireNonNull(lastVerdict);
        Objects.requireNonNull(lastReview);
        if (box < 1 || box > MASTERED) {
            throw new IllegalArgumentException("a review card is in box 1 to " + MASTERED + ", not " + box);
        }
    }

    /** A question just missed: in box 1, due a day after {@code at}. */
    static ReviewCard missed(String prompt, String answer, Verdict verdict, Instant at) {
        return new ReviewCard(prompt, 1, due(1, at), answer, verdict, 0, Optional.empty());
    }

    public boolean isMastered() {
        return box == MASTERED;
    }

    /** Whether review should ask it at {@code now}: not mastered, and its day has come. */
    public boolean isDue(Instant now) {
        return !isMastered() && !dueAt.isAfter(now);
    }

    /** This card after the same question was answered in a quiz: a miss starts it over, a right answer only is kept. */
    ReviewCard answeredInQuiz(String answer, Verdict verdict, Instant at) {
        return verdict == Verdict.RIGHT
                ? new ReviewCard(prompt, box, dueAt, answer, verdict, reviewAnswers, lastReview)
                : new ReviewCard(prompt, 1, due(1, at), answer, verdict, reviewAnswers, lastReview);
    }

    /** This card after an answer in review; the same answer ({@code id}) again changes nothing. */
    ReviewCard answeredInReview(UUID id, String answer, Verdict verdict, Instant at) {
        if (lastReview.filter(id::equals).isPresent()) {
            return this;
        }
        if (verdict != Verdict.RIGHT) {
            return new ReviewCard(prompt, 1, due(1, at), answer, verdict, reviewAnswers + 1, Optional.of(id));
        }
        if (!isDue(at)) {
            return new ReviewCard(prompt, box, dueAt, answer, verdict, reviewAnswers + 1, Optional.of(id));
        }
        int next = box + 1;
        return new ReviewCard(prompt, next, next == MASTERED ? at : due(next, at), answer, verdict, reviewAnswers + 1,
                Optional.of(id));
    }

    private static Instant due(int box, Instant at) {
        return at.plus(Duration.ofDays(INTERVAL_DAYS.get(box - 1)));
    }
}
