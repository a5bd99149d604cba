package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.LessonFile;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One file of the lessons folder in the list: name, the lesson's title, state, problems, and a preview link for a
 * lesson, the glossary or the timeline.
 */
class FileCard extends ListItem {

    final H2 name;

    FileCard(LessonFile file) {
        addClassName("file-card");
        name = new H2(file.fileName());
        add(name);
        file.draft().ifPresent(lesson -> {
            Paragraph title = new Paragraph(lesson.title());
            title.addClassName("file-title");
            add(title);
        });
        add(new FileStatus(file));
        if (file.draft().isPresent() || file.kind().isReference()) {
            add(Links.to("Preview " + file.fileName(), Links.preview(file.fileName())));
        }
    }
}
