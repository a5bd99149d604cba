package com.thenandnow.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the timeline: when, what ({@code event} as plain text, {@code eventHtml} sanitized), the lesson
 * that tells it, the article paragraphs it rests on, and, when present, the "Context beyond the article" note.
 */
public record TimelineEvent(TimelineDate date, String event, String eventHtml, String lesson, List<Integer> sources,
                            Optional<String> beyondArticle, int line) {

    public TimelineEvent {
        Objects.requireNonNull(date);
        Objects.requireNonNull(event);
        Objects.requireNonNull(eventHtml);
        Objects.requireNonNull(lesson);
        sources = List.copyOf(sources);
        Objects.requireNonNull(beyondArticle);
        if (event.isBlank()) {
            throw new IllegalArgumentException("a timeline event needs a description: " + date.text());
        }
    }
}
