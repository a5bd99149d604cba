package com.thenandnow.lesson.ui;

import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Glossary;
import com.thenandnow.lesson.GlossaryEntry;
import com.vaadin.flow.component.html.DescriptionList;

/** The glossary's terms in alphabetical order, as a description list: each term, its definition and sources. */
public class GlossaryList extends DescriptionList {

    /** {@code course} gives the live lessons that terms link to. */
    public GlossaryList(Glossary glossary, Course course) {
        addClassName("glossary-list");
        glossary.alphabetical().forEach(entry -> add(new Term(entry.term()), description(entry, course)));
    }

    private static Description description(GlossaryEntry entry, Course course) {
        Description description = new Description(SafeHtml.of(entry.definitionHtml(), "definition"));
        EntryFacts.contextNote(entry.beyondArticle()).ifPresent(description::add);
        EntryFacts.sourceLine(entry.lesson(), entry.sources(), course).ifPresent(description::add);
        return description;
    }
}
