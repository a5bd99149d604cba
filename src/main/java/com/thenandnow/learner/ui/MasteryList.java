package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.ReviewQuestion;
import com.thenandnow.quiz.AnswerKey;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The questions still to master, per lesson in course order: each with the learner's last answer, the right answer,
 * when it is due, and a link that opens that very question in review.
 */
class MasteryList extends Div {

    MasteryList(List<ReviewQuestion> toMaster, Instant now, ShownDates dates) {
        addClassName("mastery-list");
        Map<Lesson, List<ReviewQuestion>> byLesson = toMaster.stream()
                .collect(Collectors.groupingBy(ReviewQuestion::lesson, LinkedHashMap::new, Collectors.toList()));
        byLesson.forEach((lesson, questions) -> {
            UnorderedList items = new UnorderedList();
            questions.forEach(question -> items.add(item(question, now, dates)));
            add(new H3(lesson.title()), items);
        });
    }

    private static ListItem item(ReviewQuestion question, Instant now, ShownDates dates) {
        Paragraph prompt = new Paragraph("Question " + question.number() + ": " + question.question().text().prompt());
        prompt.addClassName("mastery-prompt");
        String last = question.card().lastAnswer().isEmpty() ? "none" : question.card().lastAnswer();
        Paragraph due = new Paragraph(question.card().isDue(now) ? "Due now" : "Next review: " + dates.of(question.card().dueAt()));
        due.addClassName("mastery-due");
        Anchor review = Links.to("Review this question", Links.review(question.lesson().id(), question.number()));
        review.getElement().setAttribute("aria-label", "Review this question: " + question.question().text().prompt());
        ListItem item = new ListItem(prompt,
                new Paragraph("Your last answer: " + last + " (" + question.card().lastVerdict().label() + ")"),
                new Paragraph("Right answer: " + String.join("; ", AnswerKey.describe(question.question()))), due, review);
        item.addClassName("mastery-item");
        return item;
    }
}
