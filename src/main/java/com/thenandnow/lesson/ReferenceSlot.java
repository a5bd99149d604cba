package com.thenandnow.lesson;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The glossary or the timeline across loads: the version of its file that is live, which after an edit with an
 * error is the last good one. A deleted file takes its last good version with it, as a deleted lesson does.
 */
final class ReferenceSlot<T> {

    private final T empty;
    private final BiFunction<LessonSource, ReferenceLoader.Inputs, ParsedReference<T>> parser;
    private Optional<T> lastGood = Optional.empty();

    /** One load's outcome: the file as read (if present), its parse, and the versions that follow from it. */
    record Outcome<T>(Optional<LessonSource> source, ParsedReference<T> parsed, T live, T draft, boolean lastGoodIsLive) {

        /** The file as the instructor area lists it, with {@code more} problems found after parsing. */
        Optional<LessonFile> file(List<Problem> more, Function<LessonSource, Instant> loadedAt) {
            List<Problem> problems = Stream.concat(parsed.problems().stream(), more.stream())
                    .sorted(Problem.IN_FILE_ORDER).toList();
            FileState state = FileState.of(ProblemCount.of(problems), lastGoodIsLive);
            return source.map(file -> new LessonFile(file.fileName(), file.path(), state, problems, Optional.empty(),
                    Optional.empty(), loadedAt.apply(file)));
        }
    }

    ReferenceSlot(T empty, BiFunction<LessonSource, ReferenceLoader.Inputs, ParsedReference<T>> parser) {
        this.empty = empty;
        this.parser = parser;
    }

    Outcome<T> load(Optional<LessonFolder.FileRead> read, ReferenceLoader.Inputs inputs) {
        if (read.isEmpty()) {
            lastGood = Optional.empty();
            return new Outcome<>(Optional.empty(), new ParsedReference<>(Optional.empty(), List.of()), empty, empty, false);
        }
        LessonFolder.FileRead file = read.get();
        ParsedReference<T> parsed = file.failure()
                .map(failure -> new ParsedReference<T>(Optional.empty(), List.of(failure)))
                .orElseGet(() -> guarded(file.source(), inputs));
        if (!parsed.hasErrors()) {
            lastGood = parsed.draft();
        }
        return new Outcome<>(Optional.of(file.source()), parsed, lastGood.orElse(empty), parsed.draft().orElse(empty),
                lastGood.isPresent());
    }

    /** The parse, or an error of the file when parsing meets a bug, as for lessons. */
    private ParsedReference<T> guarded(LessonSource file, ReferenceLoader.Inputs inputs) {
        try {
            return parser.apply(file, inputs);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedReference<>(Optional.empty(), List.of(ParseFailure.problem(file, e)));
        }
    }
}
