package com.thenandnow.quiz.ui;

import com.thenandnow.base.ui.Percent;
import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Question;
import com.thenandnow.lesson.QuestionText;
import com.thenandnow.quiz.AnswerKey;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.stream.Collectors;

/**
 * One question: prompt, details, a hint to reveal, the answer widget, and, only once checked, the
 * verdict, feedback, right answer, explanation and source. Until then the card holds no answer key.
 */
class QuestionCard extends Section {

    final Question question;
    final AnswerInput input;
    final Div outcome = new Div();

    QuestionCard(Question question, QuizAttempt attempt) {
        this.question = question;
        this.input = AnswerInputs.forQuestion(question, attempt);
        QuestionText text = question.text();
        addClassName("question-card");
        H3 prompt = new H3(text.number() + ". " + text.prompt());
        prompt.setId("question-" + text.number());
        getElement().setAttribute("aria-labelledby", prompt.getId().orElseThrow());
        add(prompt);
        if (!text.detailsHtml().isEmpty()) {
            add(SafeHtml.of(text.detailsHtml(), "question-details"));
        }
        if (text.hasHint()) {
            add(new Details("Show a hint", new Paragraph(text.hint())));
        }
        outcome.addClassName("outcome");
        add(input.component(), outcome);
    }

    int number() {
        return question.text().number();
    }

    Response response() {
        return input.response();
    }

    void showResult(QuestionResult result) {
        input.setReadOnly(true);
        outcome.removeAll();
        outcome.add(verdict(result));
        result.feedbackHtml().forEach(feedback -> outcome.add(SafeHtml.of(feedback, "option-feedback")));
        UnorderedList rightAnswer = new UnorderedList();
        AnswerKey.describe(question).forEach(line -> rightAnswer.add(new ListItem(line)));
        outcome.add(new Paragraph("Right answer:"), rightAnswer);
        if (question.text().hasExplanation()) {
            outcome.add(SafeHtml.of(question.text().explanationHtml(), "explanation"));
        }
        if (!question.text().sources().isEmpty()) {
            outcome.add(new Paragraph("Source: " + question.text().sources().stream().map(n -> "¶" + n)
                    .collect(Collectors.joining(", ")) + " of the article"));
        }
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
