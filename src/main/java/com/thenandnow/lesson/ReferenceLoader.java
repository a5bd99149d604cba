package com.thenandnow.lesson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the glossary and the timeline for the course loader, each keeping its last good version live while its
 * file has an error, and marks the live glossary's terms in the live lessons. A bug met while marking one lesson
 * leaves that lesson unmarked, with a warning on the glossary file. Not thread-safe: the library serialises loads.
 */
final class ReferenceLoader {

    private final ReferenceSlot<Glossary> glossary;
    private final ReferenceSlot<Timeline> timeline;

    /** What a load gives: the two files, the lessons with terms marked, and both versions of the reference pages. */
    record Loaded(List<LessonFile> files, List<Lesson> lessons, CourseReference live, CourseReference drafts) {
    }

    /** The files of a load: each present when it is in the folder, and what they are checked against. */
    record Inputs(Optional<LessonFolder.FileRead> glossary, Optional<LessonFolder.FileRead> timeline,
                  ParseContext context, Set<String> lessonIds) {
    }

    ReferenceLoader(MarkdownRenderer markdown) {
        GlossaryParser glossaries = new GlossaryParser(markdown);
        TimelineParser timelines = new TimelineParser(markdown);
        glossary = new ReferenceSlot<>(Glossary.EMPTY, (file, inputs) -> glossaries.parse(file, inputs.context(), inputs.lessonIds()));
        timeline = new ReferenceSlot<>(Timeline.EMPTY, (file, inputs) -> timelines.parse(file, inputs.context(), inputs.lessonIds()));
    }

    Loaded load(Inputs inputs, List<Lesson> liveLessons, Function<LessonSource, Instant> loadedAt) {
        ReferenceSlot.Outcome<Glossary> glossaryOutcome = glossary.load(inputs.glossary(), inputs);
        ReferenceSlot.Outcome<Timeline> timelineOutcome = timeline.load(inputs.timeline(), inputs);
        List<Problem> markingProblems = new ArrayList<>();
        List<Lesson> lessons = mark(liveLessons, glossaryOutcome.live(), inputs.glossary(), markingProblems);
        List<LessonFile> files = new ArrayList<>();
        glossaryOutcome.file(markingProblems, loadedAt).ifPresent(files::add);
        timelineOutcome.file(List.of(), loadedAt).ifPresent(files::add);
        return new Loaded(files, lessons, new CourseReference(glossaryOutcome.live(), timelineOutcome.live()),
                new CourseReference(glossaryOutcome.draft(), timelineOutcome.draft()));
    }

    private static List<Lesson> mark(List<Lesson> lessons, Glossary live, Optional<LessonFolder.FileRead> file,
                                     List<Problem> problems) {
        TermMarker marker = new TermMarker(live);
        return lessons.stream().map(lesson -> {
            try {
                return lesson.withBodyHtml(marker.mark(lesson.bodyHtml()));
            } catch (RuntimeException | StackOverflowError e) {
                file.ifPresent(glossaryFile -> problems.add(new Problem(glossaryFile.source().path(), 1, Severity.WARNING,
                        "the terms could not be marked in " + lesson.fileName() + " because of an error in the app ("
                                + ParseFailure.describe(e) + "); the lesson is shown without them; please report it")));
                return lesson;
            }
        }).toList();
    }
}
