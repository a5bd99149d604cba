package com.thenandnow.learner.ui;

import com.thenandnow.lesson.Wording;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizResult;
import com.thenandnow.quiz.Verdict;
import com.thenandnow.quiz.ui.Percent;
import com.thenandnow.quiz.ui.QuestionCard;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The results of a checked quiz, at the top of the page: the score against the pass mark, the questions that were
 * not fully right (each a link that moves focus to its question), how partial credit works, and what to do next.
 * It is a labelled region that takes focus once, so keyboard users land on it; the one announcement of the
 * result is the page's live region, not this whole block.
 */
class QuizSummary extends Div {

    final H2 score = new H2();
    final UnorderedList mistakes = new UnorderedList();

    QuizSummary() {
        addClassName("quiz-summary");
        score.setId("quiz-results");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Results");
        getElement().setAttribute("tabindex", "-1");
        mistakes.addClassName("mistakes");
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(QuizResult result, QuizAttempt attempt, List<QuestionCard> cards, NextSteps next) {
        removeAll();
        mistakes.removeAll();
        score.setText("Your score: " + result.shownPercent() + "% — " + (result.passed() ? "passed" : "not passed yet"));
        add(score, new Paragraph(detail(result, attempt)));
        List<QuestionResult> missed = result.questions().stream().filter(question -> !question.isRight()).toList();
        if (!missed.isEmpty()) {
            missed.forEach(question -> mistakes.add(new ListItem(link(question, cards))));
            add(new Paragraph("Not fully right:"), mistakes);
        }
        Paragraph partial = new Paragraph(QuizIntro.PARTIAL_CREDIT);
        partial.addClassName("partial-credit");
        add(partial, next);
        setClassName("passed", result.passed());
        setClassName("not-passed", !result.passed());
        setVisible(true);
    }

    void takeFocus() {
        getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true});");
    }

    /** The one sentence announced when the answers are checked. */
    static String announcement(QuizResult result) {
        long missed = result.questions().stream().filter(question -> !question.isRight()).count();
        return "Answers checked. Your score: " + result.shownPercent() + "%, " + (result.passed() ? "passed" : "not passed yet")
                + (missed == 0 ? "." : ". " + Wording.count(missed, "question") + " not fully right, listed first.");
    }

    private static String detail(QuizResult result, QuizAttempt attempt) {
        String carried = attempt.isRetryOfMistakes() ? " (" + attempt.carriedOver().size()
                + " of them right in your last attempt and kept)" : "";
        return result.rightCount() + " of " + result.questions().size() + " questions fully right" + carried
                + ". The pass mark is " + result.passPercent() + "%.";
    }

    /** A link to the question's card that moves keyboard focus there, not only the view. */
    private static Anchor link(QuestionResult question, List<QuestionCard> cards) {
        String verdict = question.verdict() == Verdict.PARTLY_RIGHT
                ? "Partly right (" + Percent.of(question.score() * 100) + ")" : question.verdict().label();
        Anchor link = new Anchor("#question-" + question.questionNumber(),
                "Question " + question.questionNumber() + ": " + question.prompt() + " — " + verdict);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().addEventListener("click", event -> cards.stream()
                .filter(card -> card.number() == question.questionNumber()).findFirst()
                .ifPresent(QuestionCard::focusHeading)).preventDefault();
        return link;
    }
}
