package com.thenandnow.progress;

import com.thenandnow.lesson.Lesson;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What the home page offers a learner first. {@link #pick} is the rule, pure: a newcomer starts the first lesson; a
 * returning learner continues, in this order, the quiz they left unfinished (a draft at the lesson's live version,
 * the newest first), the review that is due, or the first lesson in course order they have not passed and may
 * open (to read it, or to take its quiz once read); with every lesson passed and nothing due, the course is
 * complete.
 */
public sealed interface NextStep {

    /** A newcomer: nothing read, checked or saved in any live lesson. */
    record Start(Lesson lesson) implements NextStep {
        public Start {
            Objects.requireNonNull(lesson);
        }
    }

    /** A quiz with answers saved but not checked. */
    record FinishQuiz(Lesson lesson, int answered) implements NextStep {
        public FinishQuiz {
            Objects.requireNonNull(lesson);
        }
    }

    /** Questions due for review. */
    record Review(int due) implements NextStep {
    }

    /** The next lesson not opened yet. */
    record Read(Lesson lesson) implements NextStep {
        public Read {
            Objects.requireNonNull(lesson);
        }
    }

    /** The next lesson read but not passed: its quiz. */
    record TakeQuiz(LessonStatus status) implements NextStep {
        public TakeQuiz {
            Objects.requireNonNull(status);
        }
    }

    /** Every lesson passed and nothing due. */
    record Complete() implements NextStep {
    }

    /** The step for this learner; none in a course without lessons. */
    static Optional<NextStep> pick(CourseProgress progress, ReviewQueue review) {
        if (progress.lessons().isEmpty()) {
            return Optional.empty();
        }
        Optional<NextStep> unfinished = unfinishedQuiz(progress);
        if (unfinished.isPresent()) {
            return unfinished;
        }
        if (progress.lessons().stream().allMatch(status -> status.progress().isEmpty())) {
            return Optional.of(new Start(firstOpen(progress).orElse(progress.lessons().get(0)).lesson()));
        }
        if (review.dueCount() > 0) {
            return Optional.of(new Review(review.dueCount()));
        }
        return Optional.of(firstOpen(progress).<NextStep>map(status -> status.state() == LessonStatus.State.NOT_STARTED
                ? new Read(status.lesson()) : new TakeQuiz(status)).orElseGet(Complete::new));
    }

    private static Optional<NextStep> unfinishedQuiz(CourseProgress progress) {
        return progress.lessons().stream()
                .filter(status -> status.progress().draft().filter(draft -> draft.lessonVersion().equals(status.lesson().version())).isPresent())
                .max(Comparator.comparing(status -> status.progress().draft().orElseThrow().savedAt()))
                .map(status -> new FinishQuiz(status.lesson(), status.progress().draft().orElseThrow().responses().size()));
    }

    /** The first lesson in course order neither passed nor locked. */
    private static Optional<LessonStatus> firstOpen(CourseProgress progress) {
        return progress.lessons().stream().filter(status -> status.state() != LessonStatus.State.PASSED && !status.isLocked())
                .findFirst();
    }
}
