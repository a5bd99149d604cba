package com.thenandnow.quiz.ui;

import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One question: prompt, details, a hint to reveal, the answer widget, and, only once checked, the
 * verdict, the learner's answer marked right or wrong beside the right one, the explanation and the source.
 * Until then the card holds no answer key. Any page that shows questions and their marks can use it: the
 * quiz, and later a review of questions missed.
 */
public class QuestionCard extends Section {

    final Question question;
    final AnswerInput input;
    final Div outcome = new Div();
    private final QuizAttempt attempt;

    public QuestionCard(Question question, QuizAttempt attempt) {
        this.question = question;
        this.attempt = attempt;
        this.input = AnswerInputs.forQuestion(question, attempt);
        addClassName("question-card");
        QuestionPrompt.addTo(this, question.text(), "question-", false);
        outcome.addClassName("outcome");
        add(input.component(), outcome);
    }

    public int number() {
        return question.text().number();
    }

    /** The id of the card's heading, which links to the question point at. */
    public String headingId() {
        return "question-" + number();
    }

    public Response response() {
        return input.response();
    }

    public boolean isAnswered() {
        return input.isAnswered();
    }

    /** The responses given in each card, by question number. */
    public static Map<Integer, Response> responses(List<QuestionCard> cards) {
        return cards.stream().collect(Collectors.toMap(QuestionCard::number, QuestionCard::response));
    }

    /** Shows a response given earlier (from a saved draft) as the answer; one of another shape is ignored. */
    public void restore(Response response) {
        input.restore(response);
    }

    /** Calls {@code listener} whenever the learner changes the answer. */
    public void onChange(Runnable listener) {
        input.onChange(listener);
    }

    /** Calls {@code listener} when the learner presses Enter in the card's text field, if it has one. */
    public void onEnter(Runnable listener) {
        input.onEnter(listener);
    }

    /** Scrolls the question into view and moves keyboard focus to its heading, so screen readers read the prompt. */
    public void focusHeading() {
        getElement().executeJs("const h = this.querySelector('h3'); h.setAttribute('tabindex', '-1');"
                + " h.scrollIntoView({block: 'start'}); h.focus({preventScroll: true});");
    }

    /**
     * Replaces the answer widget by the learner's answer with its marks, as {@code result} records it (its response,
     * when kept), and reveals the explanation and the source.
     */
    public void showResult(QuestionResult result) {
        input.component().setVisible(false);
        outcome.removeAll();
        outcome.add(verdict(result), AnswerMarks.of(question, attempt, result), AnswerReveal.explanation(question));
        addClassName("checked");
    }

    private static Span verdict(QuestionResult result) {
        String score = result.verdict() == Verdict.PARTLY_RIGHT ? " (" + Percent.of(result.score() * 100) + ")" : "";
        Span verdict = new Span(result.verdict().label() + score);
        verdict.addClassName("verdict");
        verdict.getElement().getThemeList().add("badge");
        verdict.getElement().getThemeList().add(switch (result.verdict()) {
            case RIGHT -> "success";
            case PARTLY_RIGHT -> "warning";
            case WRONG -> "error";
            case UNANSWERED -> "contrast";
        });
        return verdict;
    }
}
