package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.Timeline;
import com.thenandnow.lesson.ui.ReferencePage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The course's timeline, from {@code _timeline.md}: the events in order, each linked to the lesson that tells it. */
@Route(value = Links.TIMELINE, layout = MainLayout.class)
@AnonymousAllowed
class TimelineView extends VerticalLayout implements HasDynamicTitle {

    private final Timeline timeline;

    TimelineView(LessonLibrary library) {
        Course course = library.course();
        timeline = course.timeline();
        addClassNames("page", "timeline-page");
        add(new H1(timeline.title()), ReferencePage.of(timeline, course));
    }

    @Override
    public String getPageTitle() {
        return timeline.title();
    }
}
