package com.thenandnow.instructor;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerProgress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One learner across the live lessons: a row of the class progress grid, the top of the learner's page. */
public record LearnerSummary(String learnerId, String name, List<ProgressRow> lessons) {

    public LearnerSummary {
        Objects.requireNonNull(learnerId);
        Objects.requireNonNull(name);
        lessons = List.copyOf(lessons);
    }

    /** The learner in each of {@code lessons}, in their order. */
    public static LearnerSummary of(LearnerProgress learner, List<Lesson> lessons) {
        return new LearnerSummary(learner.learner().value(), learner.shownName(),
                lessons.stream().map(lesson -> row(learner, lesson.id(), lesson.title())).toList());
    }

    static ProgressRow row(LearnerProgress learner, String lessonId, String lessonTitle) {
        return new ProgressRow(learner.learner().value(), learner.shownName(), lessonId, lessonTitle,
                learner.lesson(lessonId));
    }

    public long passedCount() {
        return lessons.stream().filter(ProgressRow::passed).count();
    }

    /** Passed lessons over live lessons, from 0 to 1; 0 when no lesson is live. */
    public double completion() {
        return lessons.isEmpty() ? 0 : (double) passedCount() / lessons.size();
    }

    /** Such as "3 of 7 (43%)": a share of lessons, rounded to the nearest as every share is. */
    public String completionText() {
        Share passed = new Share((int) passedCount(), lessons.size());
        return passed.part() + " of " + passed.whole() + " (" + passed.percent().orElse(0) + "%)";
    }

    public Optional<ProgressRow> lesson(String lessonId) {
        return lessons.stream().filter(row -> row.lessonId().equals(lessonId)).findFirst();
    }
}
