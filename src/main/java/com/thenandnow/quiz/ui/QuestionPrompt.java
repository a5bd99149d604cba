package com.thenandnow.quiz.ui;

import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.QuestionText;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** The top of a question as learners see it: the numbered prompt, the details that add to it, and the hint. */
public final class QuestionPrompt {

    private QuestionPrompt() {
    }

    /** Adds the prompt, details and hint to {@code section}, and names the section by its prompt for screen readers. */
    public static void addTo(Section section, QuestionText text, String idPrefix, boolean hintOpen) {
        H3 prompt = new H3(text.number() + ". " + text.prompt());
        prompt.setId(idPrefix + text.number());
        section.getElement().setAttribute("aria-labelledby", prompt.getId().orElseThrow());
        section.add(prompt);
        if (!text.detailsHtml().isEmpty()) {
            section.add(SafeHtml.of(text.detailsHtml(), "question-details"));
        }
        if (text.hasHint()) {
            Details hint = new Details("Show a hint", new Paragraph(text.hint()));
            hint.setOpened(hintOpen);
            section.add(hint);
        }
    }
}
