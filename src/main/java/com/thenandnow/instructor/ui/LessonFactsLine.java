package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.lesson.Lesson;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** What the front matter of a lesson came to: id, place, reading time, sources, prerequisites, shuffling. */
class LessonFactsLine extends Paragraph {

    LessonFactsLine(Lesson lesson) {
        addClassName("lesson-facts");
        List<String> facts = new ArrayList<>(List.of("id " + lesson.id()));
        if (lesson.order() != Integer.MAX_VALUE) { // no number in the file name and no 'order:': last in the course
            facts.add("order " + lesson.order());
        }
        facts.add(lesson.minutes() + " min read");
        facts.add(lesson.questions().size() + " questions");
        if (!lesson.sources().isEmpty()) {
            facts.add("based on " + ArticleParagraphs.of(lesson.sources()));
        }
        if (!lesson.requires().isEmpty()) {
            facts.add("requires " + String.join(", ", lesson.requires()));
        }
        facts.add(lesson.shuffle() ? "options shuffled" : "options in file order");
        setText(String.join(" · ", facts));
    }
}
