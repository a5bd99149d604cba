package com.thenandnow.quiz.ui;

import com.thenandnow.quiz.ui.Percent;
import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * One question: prompt, details, a hint to reveal, the answer widget, and, only once checked, the
 * verdict, feedback, right answer, explanation and source. Until then the card holds no answer key.
 */
public class QuestionCard extends Section {

    final Question question;
    final AnswerInput input;
    final Div outcome = new Div();

    public QuestionCard(Question question, QuizAttempt attempt) {
        this.question = question;
        this.input = AnswerInputs.forQuestion(question, attempt);
        addClassName("question-card");
        QuestionPrompt.addTo(this, question.text(), "question-", false);
        outcome.addClassName("outcome");
        add(input.component(), outcome);
    }

    public int number() {
        return question.text().number();
    }

    public Response response() {
        return input.response();
    }

    public boolean isAnswered() {
        return input.isAnswered();
    }

    /** Calls {@code listener} whenever the learner changes the answer. */
    public void onChange(Runnable listener) {
        input.onChange(listener);
    }

    /** Locks the answer and shows what checking revealed. */
    public void showResult(QuestionResult result) {
        input.setReadOnly(true);
        outcome.removeAll();
        outcome.add(verdict(result));
        result.feedbackHtml().forEach(feedback -> outcome.add(SafeHtml.of(feedback, "option-feedback")));
        outcome.add(new AnswerReveal(question));
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
