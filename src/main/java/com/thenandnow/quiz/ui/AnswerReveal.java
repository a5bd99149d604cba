package com.thenandnow.quiz.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.AnswerKey;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What a checked question reveals: the right answer, the explanation and the article paragraphs it rests
 * on. Learners get it only after checking; the instructor preview shows the same as its answer key.
 */
public class AnswerReveal extends Div {

    public AnswerReveal(Question question) {
        addClassName("answer-reveal");
        UnorderedList rightAnswer = new UnorderedList();
        AnswerKey.describe(question).forEach(line -> rightAnswer.add(new ListItem(line)));
        add(new Paragraph("Right answer:"), rightAnswer);
        if (question.text().hasExplanation()) {
            add(SafeHtml.of(question.text().explanationHtml(), "explanation"));
        }
        if (!question.text().sources().isEmpty()) {
            add(new Paragraph("Source: " + ArticleParagraphs.of(question.text().sources()) + " of the article"));
        }
    }
}
