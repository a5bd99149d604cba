package com.thenandnow.quiz.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.AnswerKey;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What a checked question reveals: the right answer, the explanation and the article paragraphs it rests
 * on. Learners get it only after checking, the right answer then shown by the marks on their answer; the
 * instructor preview shows all of it as its answer key.
 */
public class AnswerReveal extends Div {

    public AnswerReveal(Question question) {
        this(question, true);
    }

    private AnswerReveal(Question question, boolean withRightAnswer) {
        addClassName("answer-reveal");
        if (withRightAnswer) {
            add(new Paragraph("Right answer:"), rightAnswer(question));
        }
        if (question.text().hasExplanation()) {
            add(SafeHtml.of(question.text().explanationHtml(), "explanation"));
        }
        if (!question.text().sources().isEmpty()) {
            add(new Paragraph("Source: " + ArticleParagraphs.of(question.text().sources()) + " of the article"));
        }
    }

    /** The explanation and the source only, for a checked answer whose marks show what was right. */
    public static AnswerReveal explanation(Question question) {
        return new AnswerReveal(question, false);
    }

    /** The right order is a numbered list of the items, not bullets that repeat the numbers. */
    private static HtmlContainer rightAnswer(Question question) {
        if (question instanceof Question.Ordering ordering) {
            OrderedList order = new OrderedList();
            ordering.items().forEach(item -> order.add(new ListItem(item)));
            return order;
        }
        UnorderedList lines = new UnorderedList();
        AnswerKey.describe(question).forEach(line -> lines.add(new ListItem(line)));
        return lines;
    }
}
