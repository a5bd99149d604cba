package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.progress.LessonStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** What a locked lesson shows instead of its text: which lessons to pass first, as links. */
class LockedNotice extends Div {

    LockedNotice(LessonStatus status) {
        addClassName("locked-notice");
        UnorderedList first = new UnorderedList();
        status.missingPrerequisites().forEach(required ->
                first.add(new ListItem(Links.to(required.title(), Links.lesson(required.id())))));
        add(new H1(status.lesson().title()),
                new Paragraph("This lesson is locked. It opens once you have passed the quiz of:"), first);
    }
}
