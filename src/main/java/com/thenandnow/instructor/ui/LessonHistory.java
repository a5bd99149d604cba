package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.instructor.NumberedAttempt;
import com.thenandnow.instructor.ProgressRow;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One lesson on a learner's page: a line that says how it went, opening onto when they read and passed it and
 * every attempt kept. Lessons with attempts start open.
 */
class LessonHistory extends Details {

    LessonHistory(ProgressRow row, boolean live, ZoneId zone) {
        addClassName("lesson-history");
        Span summary = new Span(row.lessonTitle() + (live ? "" : " (no longer in the course)") + " — " + row.description());
        summary.addClassName("lesson-history-summary");
        setSummary(summary);
        List<NumberedAttempt> attempts = row.keptAttempts();
        add(new Paragraph(dates(row, zone)));
        if (!attempts.isEmpty() && attempts.size() < row.attempts()) {
            add(new Paragraph("Only the first and the latest attempts are kept: " + (row.attempts() - attempts.size())
                    + " in between are not shown."));
        }
        attempts.forEach(attempt -> add(new AttemptTable(attempt, zone)));
        setOpened(!attempts.isEmpty());
    }

    private static String dates(ProgressRow row, ZoneId zone) {
        List<String> dates = new ArrayList<>();
        dates.add(row.read() ? "Read " + time(row.readAt(), zone)
                : row.started() ? "Went to the quiz without opening the lesson first" : "Not opened yet");
        row.passedAt().ifPresent(at -> dates.add("passed " + time(Optional.of(at), zone)));
        return String.join(" · ", dates) + ".";
    }

    private static String time(Optional<Instant> at, ZoneId zone) {
        return at.map(time -> ShownTime.of(time, zone)).orElse("");
    }
}
