package com.thenandnow.instructor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One learner across the live lessons: a row of the class progress grid. */
public record LearnerSummary(String learnerId, String name, List<ProgressRow> lessons) {

    public LearnerSummary {
        Objects.requireNonNull(learnerId);
        Objects.requireNonNull(name);
        lessons = List.copyOf(lessons);
    }

    public long passedCount() {
        return lessons.stream().filter(ProgressRow::passed).count();
    }

    /** Passed lessons over live lessons, from 0 to 1; 0 when no lesson is live. */
    public double completion() {
        return lessons.isEmpty() ? 0 : (double) passedCount() / lessons.size();
    }

    /** Such as "3 of 7 (43%)": the percent is rounded, as it is a share of lessons, not a score to pass. */
    public String completionText() {
        return passedCount() + " of " + lessons.size() + " (" + Math.round(completion() * 100) + "%)";
    }

    public Optional<ProgressRow> lesson(String lessonId) {
        return lessons.stream().filter(row -> row.lessonId().equals(lessonId)).findFirst();
    }

    /** Whether the name contains {@code filter}, ignoring case and surrounding spaces; a blank filter matches all. */
    public boolean nameMatches(String filter) {
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
