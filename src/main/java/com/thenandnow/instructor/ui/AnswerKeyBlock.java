package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.ui.AnswerReveal;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What only instructors see of a question before anyone checks it: what learners are shown after checking
 * (right answer, explanation, sources), and every option of a choice question marked right or wrong with
 * its feedback.
 */
class AnswerKeyBlock extends Div {

    AnswerKeyBlock(Question question) {
        addClassName("answer-key");
        add(new H4("Answer key"), new AnswerReveal(question));
        if (!question.text().hasExplanation()) {
            add(new Paragraph("No explanation: learners see none after checking."));
        }
        if (question instanceof Question.Choice choice) {
            UnorderedList list = new UnorderedList();
            list.addClassName("key-options");
            choice.options().forEach(option -> list.add(option(option)));
            add(new Paragraph("Every option:"), list);
        }
    }

    private static ListItem option(ChoiceOption option) {
        Span mark = new Span(option.correct() ? "✓ right" : "✗ wrong");
        mark.addClassName(option.correct() ? "key-right" : "key-wrong");
        ListItem item = new ListItem(mark, new Span(" " + option.text()));
        if (option.hasFeedback()) {
            item.add(SafeHtml.of(option.feedbackHtml(), "option-feedback"));
        }
        return item;
    }
}
