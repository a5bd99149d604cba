package com.thenandnow.lesson;

import java.util.List;
import java.util.Objects;

/** The course's timeline, from {@code _timeline.md}: a title, an introduction and the events in file order. */
public record Timeline(String title, String introHtml, List<TimelineEvent> events) {

    public static final String DEFAULT_TITLE = "Timeline";
    public static final Timeline EMPTY = new Timeline(DEFAULT_TITLE, "", List.of());

    public Timeline {
        Objects.requireNonNull(title);
        Objects.requireNonNull(introHtml);
        events = List.copyOf(events);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
