package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.progress.LearnerProgress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded about one learner, for their page in the instructor area: every live lesson in course
 * order (untouched ones too), then any lesson they worked on that is no longer live, shown by its id.
 */
public record LearnerRecord(LearnerSummary live, List<ProgressRow> formerLessons, Optional<Instant> lastActive) {

    public LearnerRecord {
        Objects.requireNonNull(live);
        formerLessons = List.copyOf(formerLessons);
        Objects.requireNonNull(lastActive);
    }

    public static LearnerRecord of(LearnerProgress learner, Course course) {
        List<ProgressRow> former = learner.lessons().keySet().stream().sorted()
                .filter(lessonId -> course.lesson(lessonId).isEmpty())
                .map(lessonId -> LearnerSummary.row(learner, lessonId, lessonId)).toList();
        return new LearnerRecord(LearnerSummary.of(learner, course.lessons()), former, learner.lastActive());
    }

    public String learnerId() {
        return live.learnerId();
    }

    public String name() {
        return live.name();
    }
}
