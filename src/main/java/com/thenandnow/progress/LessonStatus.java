package com.thenandnow.progress;

import com.thenandnow.lesson.Lesson;
import java.util.List;
import java.util.Objects;

/** Where a learner stands with one lesson, and which lessons must be passed first when it is locked. */
public record LessonStatus(Lesson lesson, State state, LessonProgress progress, List<Lesson> missingPrerequisites) {

    public enum State {
        LOCKED("Locked"), NOT_STARTED("Not started"), READ("Read"), PASSED("Passed");

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

    public boolean isLocked() {
        return state == State.LOCKED;
    }
}
