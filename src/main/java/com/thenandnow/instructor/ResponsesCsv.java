package com.thenandnow.instructor;

import java.io.Writer;
import java.util.List;

/**
 * Every answer of every kept attempt as CSV: one row per question of an attempt, learners by name, lessons in
 * course order, attempts oldest first, questions by number. A question left blank has the verdict "Not answered".
 * Answers and scores read as {@link GradedAnswer} says. A question a "retry my mistakes" attempt did not ask again
 * is a row of that attempt too, as it counts in its score, with {@code carried_over} "yes": its answer was given
 * in an earlier attempt.
 */
final class ResponsesCsv {

    static final List<String> HEADER = List.of("learner_id", "learner_name", "lesson_id", "lesson_title", "attempt",
            "attempt_at", "question", "question_text", "answer", "verdict", "score", "carried_over");

    private ResponsesCsv() {
    }

    static void write(ClassProgress progress, ExportOptions options, Writer out) {
        Csv csv = new Csv(out, options.byteOrderMark(), HEADER);
        progress.rows().forEach(row -> row.keptAttempts().forEach(kept -> kept.answers()
                .forEach(answer -> csv.row(cells(row, kept, answer, options)))));
    }

    private static List<String> cells(ProgressRow row, NumberedAttempt kept, GradedAnswer answer, ExportOptions options) {
        return List.of(row.learnerId(), row.learnerName(), row.lessonId(), row.lessonTitle(), String.valueOf(kept.number()),
                options.time(kept.attempt().submittedAt()), String.valueOf(answer.question()), answer.prompt(),
                answer.answer(), answer.verdict(), answer.score(), ClassCsv.yesNo(answer.carriedOver()));
    }
}
