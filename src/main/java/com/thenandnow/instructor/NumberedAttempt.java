package com.thenandnow.instructor;

import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LessonProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A kept attempt and its place among all the learner's attempts at the lesson: the first is number 1, and
 * the recent ones count back from the total, so numbers stay true when older attempts have been trimmed.
 */
public record NumberedAttempt(int number, Attempt attempt) {

    public NumberedAttempt {
        if (number < 1) {
            throw new IllegalArgumentException("attempts are counted from 1: " + number);
        }
    }

    /** The attempts kept of a lesson, each once, oldest first: the first attempt, then the recent ones. */
    public static List<NumberedAttempt> of(LessonProgress progress) {
        List<NumberedAttempt> kept = new ArrayList<>();
        progress.firstAttempt().ifPresent(first -> kept.add(new NumberedAttempt(1, first)));
        List<Attempt> recent = progress.recentAttempts();
        int before = progress.attemptCount() - recent.size();
        for (int i = 0; i < recent.size(); i++) {
            Attempt attempt = recent.get(i);
            if (progress.firstAttempt().filter(first -> first.id().equals(attempt.id())).isEmpty()) {
                kept.add(new NumberedAttempt(before + i + 1, attempt));
            }
        }
        return List.copyOf(kept);
    }

    /** Its answers, one per question, by question number. */
    public List<GradedAnswer> answers() {
        return attempt.result().questions().stream().map(GradedAnswer::of)
                .sorted(Comparator.comparingInt(GradedAnswer::question)).toList();
    }
}
