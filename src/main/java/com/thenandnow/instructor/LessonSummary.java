package com.thenandnow.instructor;

import com.thenandnow.lesson.Lesson;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * How the class did in one live lesson. Started, read, attempted and passed are shares of the learners in the
 * class (see {@link ProgressRow} for started and read); the mean best score and the median number of attempts
 * are over the learners who attempted the quiz, and empty while nobody has.
 */
public record LessonSummary(String lessonId, String lessonTitle, Share started, Share read, Share attempted,
                            Share passed, OptionalDouble meanBest, OptionalDouble medianAttempts) {

    public LessonSummary {
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(lessonTitle);
        Objects.requireNonNull(meanBest);
        Objects.requireNonNull(medianAttempts);
    }

    /** One summary per live lesson, in course order. */
    public static List<LessonSummary> of(ClassProgress progress) {
        return progress.lessons().stream().map(lesson -> of(lesson, progress.learners())).toList();
    }

    private static LessonSummary of(Lesson lesson, List<LearnerSummary> learners) {
        List<ProgressRow> rows = learners.stream().flatMap(learner -> learner.lesson(lesson.id()).stream()).toList();
        List<ProgressRow> attempted = rows.stream().filter(ProgressRow::hasAttempts).toList();
        return new LessonSummary(lesson.id(), lesson.title(), share(rows, ProgressRow::started),
                share(rows, ProgressRow::read), new Share(attempted.size(), rows.size()), share(rows, ProgressRow::passed),
                attempted.stream().mapToDouble(row -> row.progress().bestPercent()).average(),
                median(attempted.stream().mapToInt(ProgressRow::attempts).sorted().toArray()));
    }

    private static Share share(List<ProgressRow> rows, Predicate<ProgressRow> counted) {
        return new Share((int) rows.stream().filter(counted).count(), rows.size());
    }

    private static OptionalDouble median(int[] sorted) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0);
    }

    /** The mean best score, rounded to the nearest whole percent as every figure of the class is: "72%", or "–". */
    public String meanBestText() {
        return meanBest.isPresent() ? Math.round(meanBest.getAsDouble()) + "%" : "–";
    }

    /** Such as "2" or "1.5"; "–" while nobody attempted the quiz. */
    public String medianAttemptsText() {
        if (medianAttempts.isEmpty()) {
            return "–";
        }
        double median = medianAttempts.getAsDouble();
        return median == Math.rint(median) ? String.valueOf((long) median) : String.valueOf(median);
    }
}
