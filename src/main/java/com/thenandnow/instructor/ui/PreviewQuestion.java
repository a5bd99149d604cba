package com.thenandnow.instructor.ui;

import com.thenandnow.quiz.ui.QuestionPrompt;
import com.thenandnow.lesson.Question;
import com.thenandnow.lesson.QuestionText;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * A question as learners see it before answering (prompt, details, hint), then its answer key. Its id is an
 * anchor ({@code #question-3}) and it can take focus, so a link can bring a keyboard user straight to it.
 */
class PreviewQuestion extends Section {

    PreviewQuestion(Question question) {
        QuestionText text = question.text();
        addClassNames("question-card", "preview-question");
        setId(anchor(String.valueOf(text.number())));
        getElement().setAttribute("tabindex", "-1");
        QuestionPrompt.addTo(this, text, "preview-question-", true);
        Span kind = new Span(question.kind().label() + " · line " + text.line());
        kind.addClassName("question-kind");
        addComponentAtIndex(1, kind);
        add(new AnswerKeyBlock(question));
    }

    static String anchor(String questionNumber) {
        return "question-" + questionNumber;
    }
}
