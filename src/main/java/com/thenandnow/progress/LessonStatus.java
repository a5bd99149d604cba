package com.thenandnow.progress;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizResult;
import java.util.List;
import java.util.Objects;

/** Where a learner stands with one lesson, and which lessons must be passed first when it is locked. */
public record LessonStatus(Lesson lesson, State state, LessonProgress progress, List<Lesson> missingPrerequisites) {

    public enum State {
        LOCKED("Locked"), NOT_STARTED("Not started"), READ("Read"), NOT_PASSED("Quiz not passed yet"), PASSED("Passed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public LessonStatus {
        Objects.requireNonNull(lesson);
        Objects.requireNonNull(state);
        Objects.requireNonNull(progress);
        missingPrerequisites = List.copyOf(missingPrerequisites);
    }

    /**
     * A passed lesson stays passed even if prerequisites are added later. Prerequisites that are not
     * live are ignored, so a broken file never locks learners out for good. A lesson whose quiz was tried
     * but not passed says so, whether or not its text was opened first.
     */
    public static LessonStatus of(LearnerProgress learner, Lesson lesson, Course course) {
        LessonProgress progress = learner.lesson(lesson.id());
        List<Lesson> missing = lesson.requires().stream().flatMap(id -> course.lesson(id).stream())
                .filter(required -> !learner.lesson(required.id()).isPassed()).toList();
        State state = progress.isPassed() ? State.PASSED
                : !missing.isEmpty() ? State.LOCKED
                : progress.hasAttempts() ? State.NOT_PASSED
                : progress.isRead() ? State.READ
                : State.NOT_STARTED;
        return new LessonStatus(lesson, state, progress, missing);
    }

    public boolean isLocked() {
        return state == State.LOCKED;
    }

    /** The state in words, with the best score of a quiz not passed yet: "Quiz not passed yet (best 33%)". */
    public String stateText() {
        return state == State.NOT_PASSED
                ? state.label() + " (best " + QuizResult.shown(progress.bestPercent()) + "%)" : state.label();
    }
}
