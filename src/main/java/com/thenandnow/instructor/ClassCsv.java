package com.thenandnow.instructor;

import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The class progress as CSV: one row per learner and live lesson, learners by name, lessons in course order.
 * Started and read are as {@link ProgressRow} defines them; scores are percents as learners saw them; times
 * carry their zone's offset; a lesson without attempts has empty scores and times.
 */
final class ClassCsv {

    static final List<String> HEADER = List.of("learner_id", "learner_name", "lesson_id", "lesson_title", "started",
            "read", "read_at", "attempts", "best_percent", "last_percent", "passed", "passed_at", "last_attempt_at");

    private ClassCsv() {
    }

    static void write(ClassProgress progress, ExportOptions options, Writer out) {
        Csv csv = new Csv(out, options.byteOrderMark(), HEADER);
        progress.rows().forEach(row -> csv.row(cells(row, options)));
    }

    private static List<String> cells(ProgressRow row, ExportOptions options) {
        return List.of(row.learnerId(), row.learnerName(), row.lessonId(), row.lessonTitle(), yesNo(row.started()),
                yesNo(row.read()), options.time(row.readAt()), String.valueOf(row.attempts()), number(row.shownBest()),
                number(row.shownLast()), yesNo(row.passed()), options.time(row.passedAt()),
                options.time(row.lastAttemptAt()));
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String number(Optional<Integer> value) {
        return value.map(String::valueOf).orElse("");
    }
}
