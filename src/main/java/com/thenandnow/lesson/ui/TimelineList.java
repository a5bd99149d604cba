package com.thenandnow.lesson.ui;

import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Timeline;
import com.thenandnow.lesson.TimelineEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.Optional;

/**
 * The timeline as an ordered list, one item per event: a heading with its date in a {@code <time>} element, what
 * happened, and what it rests on. Headings and the list let screen-reader users move from event to event; the
 * theme draws the list as a vertical line of dates.
 */
public class TimelineList extends OrderedList {

    /** {@code course} gives the live lessons that events link to. */
    public TimelineList(Timeline timeline, Course course) {
        addClassName("timeline");
        timeline.events().forEach(event -> add(item(event, course)));
    }

    private static ListItem item(TimelineEvent event, Course course) {
        ListItem item = new ListItem(new H2(new Time(event.date().text(), event.date().datetime())),
                SafeHtml.of(event.eventHtml(), "event"));
        item.addClassName("timeline-event");
        EntryFacts.contextNote(event.beyondArticle()).ifPresent(item::add);
        EntryFacts.sourceLine(Optional.of(event.lesson()), event.sources(), course).ifPresent(item::add);
        return item;
    }
}
