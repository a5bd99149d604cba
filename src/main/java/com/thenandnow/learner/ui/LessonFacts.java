package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.quiz.ui.Percent;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LessonStatus;
import com.vaadin.flow.component.html.Paragraph;

/** The line under a lesson's title: reading time, the article paragraphs it rests on, the learner's best score. */
class LessonFacts extends Paragraph {

    LessonFacts(Lesson lesson, LessonStatus status) {
        addClassName("lesson-facts");
        StringBuilder facts = new StringBuilder(lesson.minutes() + " min read");
        if (!lesson.sources().isEmpty()) {
            facts.append(" · Based on ").append(ArticleParagraphs.of(lesson.sources())).append(" of the article");
        }
        if (status.progress().hasAttempts()) {
            facts.append(" · Your best score: ").append(Percent.of(status.progress().bestPercent()));
            facts.append(status.progress().isPassed() ? " (passed)" : " (not passed yet)");
        }
        setText(facts.toString());
    }
}
