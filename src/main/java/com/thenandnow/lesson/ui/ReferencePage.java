package com.thenandnow.lesson.ui;

import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Glossary;
import com.thenandnow.lesson.Timeline;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the glossary or the timeline page shows under its heading: the file's introduction, then its list, or a
 * line saying the course has none yet. The learner's pages and the instructor's previews show the same.
 */
public final class ReferencePage {

    private ReferencePage() {
    }

    /** {@code course} gives the live lessons that terms link to. */
    public static Component of(Glossary glossary, Course course) {
        return page(glossary.introHtml(), glossary.isEmpty() ? new Paragraph("This course has no glossary yet.")
                : new GlossaryList(glossary, course));
    }

    /** {@code course} gives the live lessons that events link to. */
    public static Component of(Timeline timeline, Course course) {
        return page(timeline.introHtml(), timeline.isEmpty() ? new Paragraph("This course has no timeline yet.")
                : new TimelineList(timeline, course));
    }

    private static Div page(String introHtml, Component list) {
        Div page = new Div();
        page.addClassName("reference-page");
        if (!introHtml.isEmpty()) {
            page.add(SafeHtml.of(introHtml, "reference-intro"));
        }
        page.add(list);
        return page;
    }
}
