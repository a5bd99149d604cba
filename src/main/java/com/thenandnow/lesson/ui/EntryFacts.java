package com.thenandnow.lesson.ui;

import com.thenandnow.base.ui.ArticleParagraphs;
import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;

/**
 * What a glossary term or a timeline event rests on, under its text: the "Context beyond the article" note when it
 * has one, then the lesson that tells it (a link, while that lesson is live) and the article paragraphs.
 */
final class EntryFacts {

    private EntryFacts() {
    }

    /** The note, in the words lessons use for background the article does not give. */
    static Optional<Paragraph> contextNote(Optional<String> beyondArticle) {
        return beyondArticle.map(note -> {
            Paragraph paragraph = new Paragraph(new Emphasis("Context beyond the article" + (note.isEmpty() ? "" : ": " + note)));
            paragraph.addClassName("context-note");
            return paragraph;
        });
    }

    /** "Lesson: <link> · Source: ¶6", or empty when there is neither. */
    static Optional<Paragraph> sourceLine(Optional<String> lessonId, List<Integer> sources, Course course) {
        Optional<Lesson> lesson = lessonId.flatMap(course::lesson);
        if (lesson.isEmpty() && sources.isEmpty()) {
            return Optional.empty();
        }
        Paragraph line = new Paragraph();
        line.addClassName("entry-facts");
        lesson.ifPresent(live -> line.add(new Text("Lesson: "), Links.to(live.title(), Links.lesson(live.id()))));
        if (!sources.isEmpty()) {
            line.add(new Text((lesson.isPresent() ? " · " : "") + "Source: " + ArticleParagraphs.of(sources)));
        }
        return Optional.of(line);
    }
}
