package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.instructor.GradedAnswer;
import com.thenandnow.instructor.NumberedAttempt;
import com.thenandnow.quiz.ui.Percent;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.time.ZoneId;

/**
 * One attempt: when, the score as the learner saw it, passed or not; then a plain table of its answers with
 * their verdicts, which screen readers read by row and column. In a "retry my mistakes" attempt, the questions
 * not asked again say so.
 */
class AttemptTable extends Section {

    AttemptTable(NumberedAttempt kept, ZoneId zone) {
        addClassName("attempt");
        add(new H3("Attempt " + kept.number() + " · " + ShownTime.of(kept.attempt().submittedAt(), zone) + " · "
                + Percent.of(kept.attempt().percent()) + (kept.attempt().passed() ? " · passed" : " · not passed")));
        NativeTable table = new NativeTable();
        table.addClassName("answers-table");
        table.getHead().addRows(new NativeTableRow(header("Question"), header("Answer"), header("Verdict"), header("Score")));
        kept.answers().forEach(answer -> table.getBody().addRows(row(answer)));
        add(table);
    }

    private static NativeTableRow row(GradedAnswer answer) {
        NativeTableCell verdict = new NativeTableCell((answer.right() ? "✓ " : "✗ ") + answer.verdict()
                + (answer.carriedOver() ? " (kept from an earlier attempt, not asked again)" : ""));
        verdict.addClassName(answer.right() ? "verdict-right" : "verdict-wrong");
        return new NativeTableRow(new NativeTableCell(answer.question() + ". " + answer.prompt()),
                new NativeTableCell(answer.answer().isBlank() ? "—" : answer.answer()), verdict,
                new NativeTableCell(answer.score()));
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
