package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code _timeline.md}: one event per {@code ### } heading, which is its date, the event in the paragraphs
 * under it, a {@code Lesson:} line (required: every event links to its lesson), and {@code Source:} and
 * {@code Context beyond the article:} lines. The page shows the events in file order, so the file is read as a
 * chronology: an event dated wholly before the one above it is a warning. An event with an error is left out of
 * the draft.
 */
public final class TimelineParser {

    public static final String FILE_NAME = "_timeline.md";

    private final MarkdownRenderer markdown;

    public TimelineParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** {@code lessonIds} are the lessons a {@code Lesson:} line may name. */
    public ParsedReference<Timeline> parse(LessonSource file, ParseContext context, Set<String> lessonIds) {
        Problems problems = new Problems(file.path());
        Optional<Timeline> timeline = new EntryFile(markdown, "event").read(file, problems).map(content -> {
            Events events = new Events(new EntryParts(markdown, context, lessonIds, problems), problems);
            List<TimelineEvent> read = new ArrayList<>();
            content.entries().forEach(entry -> events.read(entry).ifPresent(read::add));
            return new Timeline(content.title().orElse(Timeline.DEFAULT_TITLE), content.introHtml(), read);
        });
        return new ParsedReference<>(timeline, problems.list());
    }

    /** Reads the events of one file, remembering the last date to check their order. */
    private static final class Events {
        private final EntryParts parts;
        private final Problems problems;
        private Optional<Dated> previous = Optional.empty();

        /** A date read, with the line of its heading. */
        private record Dated(TimelineDate date, int line) {
        }

        Events(EntryParts parts, Problems problems) {
            this.parts = parts;
            this.problems = problems;
        }

        Optional<TimelineEvent> read(EntryFile.Entry entry) {
            long errorsBefore = problems.errorCount();
            Optional<TimelineDate> date = date(entry);
            String event = parts.plainText(entry);
            if (event.isBlank()) {
                problems.error(entry.line(), "the event of '" + Problems.excerpt(entry.heading()) + "' has no description; "
                        + "write it in a paragraph under the date");
            }
            Optional<String> lesson = parts.lesson(entry);
            if (entry.directive(EntryFile.LESSON).isEmpty()) {
                problems.error(entry.line(), "this event names no lesson; add a line such as 'Lesson: stalins-daughter' "
                        + "to link it to the lesson that tells it");
            }
            List<Integer> sources = parts.sources(entry);
            Optional<String> beyond = parts.beyondArticle(entry);
            warnAboutUnsourced(entry);
            warnAboutAlso(entry);
            if (problems.errorCount() > errorsBefore) {
                return Optional.empty();
            }
            return Optional.of(new TimelineEvent(date.orElseThrow(), event, parts.html(entry), lesson.orElseThrow(), sources,
                    beyond, entry.line()));
        }

        private Optional<TimelineDate> date(EntryFile.Entry entry) {
            Optional<TimelineDate> date = TimelineDate.parse(entry.heading());
            if (date.isEmpty()) {
                problems.error(entry.line(), "'" + Problems.excerpt(entry.heading()) + "' is not a date; write a year "
                        + "(1967), a month and a year (June 1974) or a day (24 February 2022)");
                return date;
            }
            previous.filter(before -> date.get().isWhollyBefore(before.date())).ifPresent(before -> problems.warning(
                    entry.line(), date.get().text() + " comes before " + before.date().text() + " (line " + before.line()
                            + "); the timeline shows events in the order of the file, so put them in date order"));
            previous = Optional.of(new Dated(date.get(), entry.line()));
            return date;
        }

        private void warnAboutUnsourced(EntryFile.Entry entry) {
            if (entry.directive(EntryFile.SOURCE).isEmpty() && entry.directive(EntryFile.CONTEXT).isEmpty()) {
                problems.warning(entry.line(), "this event names no paragraph of the article; add 'Source: ¶N', or a "
                        + "line 'Context beyond the article: …' when the article does not report it");
            }
        }

        private void warnAboutAlso(EntryFile.Entry entry) {
            entry.directive(EntryFile.ALSO).ifPresent(also -> problems.warning(also.line(), "'Also:' gives other forms "
                    + "of a glossary term; a timeline event has none, so this line is ignored"));
        }
    }
}
