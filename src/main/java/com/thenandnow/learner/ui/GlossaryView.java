package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Glossary;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.ui.ReferencePage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The course's glossary, from {@code _glossary.md}: every term with its definition, the lesson and the source. */
@Route(value = Links.GLOSSARY, layout = MainLayout.class)
@AnonymousAllowed
class GlossaryView extends VerticalLayout implements HasDynamicTitle {

    private final Glossary glossary;

    GlossaryView(LessonLibrary library) {
        Course course = library.course();
        glossary = course.glossary();
        addClassNames("page", "glossary-page");
        add(new H1(glossary.title()), ReferencePage.of(glossary, course));
    }

    @Override
    public String getPageTitle() {
        return glossary.title();
    }
}
