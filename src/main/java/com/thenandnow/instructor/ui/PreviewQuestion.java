package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Question;
import com.thenandnow.lesson.QuestionText;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** A question as learners see it before answering (prompt, details, hint), then its answer key. */
class PreviewQuestion extends Section {

    PreviewQuestion(Question question) {
        QuestionText text = question.text();
        addClassNames("question-card", "preview-question");
        H3 prompt = new H3(text.number() + ". " + text.prompt());
        prompt.setId("preview-question-" + text.number());
        getElement().setAttribute("aria-labelledby", prompt.getId().orElseThrow());
        Span kind = new Span(question.kind().label() + " · line " + text.line());
        kind.addClassName("question-kind");
        add(prompt, kind);
        if (!text.detailsHtml().isEmpty()) {
            add(SafeHtml.of(text.detailsHtml(), "question-details"));
        }
        if (text.hasHint()) {
            Details hint = new Details("Show a hint", new Paragraph(text.hint()));
            hint.setOpened(true);
            add(hint);
        }
        add(new AnswerKeyBlock(question));
    }
}
