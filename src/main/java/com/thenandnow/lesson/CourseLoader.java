package com.thenandnow.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the lessons folder into a {@link Course}. It remembers the last good version of every file
 * between loads, so a file saved with an error, or one that cannot be read, keeps its previous version live.
 * Not thread-safe: the library serialises loads.
 */
public final class CourseLoader {

    private final LessonFolder folder;
    private final Clock clock;
    private final ParseRunner parsing;
    private final CourseFileParser courseFileParser;
    private final ReferenceLoader references;
    private Map<String, Lesson> lastGood = Map.of();
    private Optional<CourseInfo> lastGoodInfo = Optional.empty();
    private Map<String, Seen> seen = Map.of();
    private Map<String, CachedParse> parses = Map.of();

    private record Seen(String version, Instant at) {
    }

    /** What a lesson's parse depends on: its bytes, the course file's settings, and the files beside it (images). */
    private record ParseInput(String fileName, String version, OptionalInt paragraphs, boolean typosForgiven,
                              Set<String> assets) {
    }

    private record CachedParse(ParseInput input, ParsedLesson parsed) {
    }

    /** Parses every file in the caller's thread, as the validator does. */
    public CourseLoader(Path folder, Clock clock, MarkdownRenderer markdown) {
        this(new LessonFolder(folder, LessonFolder::readAtMost), clock, markdown,
                ParseRunner.inCallerThread(new LessonParser(markdown)::parse));
    }

    CourseLoader(LessonFolder folder, Clock clock, MarkdownRenderer markdown, ParseRunner parsing) {
        this.folder = folder;
        this.clock = clock;
        this.parsing = parsing;
        this.courseFileParser = new CourseFileParser(markdown);
        this.references = new ReferenceLoader(markdown);
    }

    public Path folder() {
        return folder.path();
    }

    /** Reads every file of the folder afresh; throws only when the folder itself cannot be read. */
    public Course load() throws IOException {
        Instant now = clock.instant();
        FolderFiles read = readFolder();
        Optional<LessonFolder.FileRead> courseFile = read.of(FileKind.COURSE);
        if (courseFile.isEmpty()) {
            lastGoodInfo = Optional.empty(); // deleted: like a deleted lesson, its last good version goes too
        }
        List<LessonFile> files = new ArrayList<>();
        Map<String, Seen> nowSeen = new HashMap<>();
        courseFile.ifPresent(file -> files.add(loadCourseFile(file, loadedAt(file.source(), now, nowSeen))));
        CourseInfo info = lastGoodInfo.orElse(CourseInfo.UNTITLED);
        List<ParsedLesson> parsed = parseAll(read.lessons(), info, now, nowSeen);
        List<CourseAssembler.Outcome> outcomes = CourseAssembler.assemble(parsed, lastGood);
        outcomes.forEach(outcome -> files.add(lessonFile(outcome, nowSeen.get(outcome.parsed().source().fileName()).at())));
        List<Lesson> lessons = outcomes.stream().flatMap(outcome -> outcome.live().stream())
                .sorted(Course.courseOrder()).toList();
        ReferenceLoader.Inputs inputs = new ReferenceLoader.Inputs(read.of(FileKind.GLOSSARY), read.of(FileKind.TIMELINE),
                new ParseContext(info.paragraphs(), folder::assetExists), lessonIds(outcomes));
        ReferenceLoader.Loaded reference = references.load(inputs, lessons, source -> loadedAt(source, now, nowSeen).at());
        files.addAll(reference.files());
        remember(outcomes, nowSeen);
        return new Course(info, reference.lessons(), files, now, Optional.empty(), reference.live(), reference.drafts());
    }

    /** The Markdown files of the folder, read: the lessons, and the course, glossary and timeline files by kind. */
    private record FolderFiles(List<LessonFolder.FileRead> lessons, Map<FileKind, LessonFolder.FileRead> others) {
        Optional<LessonFolder.FileRead> of(FileKind kind) {
            return Optional.ofNullable(others.get(kind));
        }
    }

    private FolderFiles readFolder() throws IOException {
        FolderFiles files = new FolderFiles(new ArrayList<>(), new EnumMap<>(FileKind.class));
        for (Path path : folder.markdownFiles()) {
            FileKind kind = FileKind.of(path.getFileName().toString());
            if (kind == FileKind.LESSON) {
                folder.read(path).ifPresent(files.lessons()::add);
            } else if (kind != FileKind.IGNORED) {
                folder.read(path).ifPresent(file -> files.others().put(kind, file));
            }
        }
        return files;
    }

    /** The lessons a glossary or timeline entry may name: those of the files in the folder, live or not. */
    private static Set<String> lessonIds(List<CourseAssembler.Outcome> outcomes) {
        return outcomes.stream().flatMap(outcome -> Stream.concat(outcome.parsed().draft().stream(), outcome.live().stream()))
                .map(Lesson::id).collect(Collectors.toSet());
    }

    /**
     * Parses the lessons, reusing the last parse of every file whose inputs are unchanged: a save then costs
     * one parse, not one per lesson. A file whose new parse has not ended yet keeps its last parse meanwhile
     * (a new file is left out until then); a file that could not be read is its error alone.
     */
    private List<ParsedLesson> parseAll(List<LessonFolder.FileRead> lessonFiles, CourseInfo info, Instant now,
                                        Map<String, Seen> nowSeen) throws IOException {
        Set<String> assets = folder.assetNames();
        Map<String, ParseInput> inputs = new HashMap<>();
        Map<ParseInput, LessonSource> changed = new HashMap<>();
        for (LessonFolder.FileRead file : lessonFiles) {
            ParseInput input = new ParseInput(file.source().fileName(), loadedAt(file.source(), now, nowSeen).version(),
                    info.paragraphs(), info.typosForgiven(), assets);
            inputs.put(input.fileName(), input);
            if (file.failure().isEmpty() && !isCached(input)) {
                changed.put(input, file.source());
            }
        }
        Map<ParseInput, ParsedLesson> fresh = parsing.parse(changed,
                new ParseContext(info.paragraphs(), folder::assetExists, info.typosForgiven()));
        Map<String, CachedParse> next = new HashMap<>();
        List<ParsedLesson> parsed = new ArrayList<>();
        for (LessonFolder.FileRead file : lessonFiles) {
            if (file.failure().isPresent()) {
                parsed.add(new ParsedLesson(file.source(), Optional.empty(), List.of(file.failure().get()), 1, 1));
            } else {
                latestParse(inputs.get(file.source().fileName()), fresh).ifPresent(latest -> {
                    next.put(latest.input().fileName(), latest);
                    parsed.add(latest.parsed());
                });
            }
        }
        parses = Map.copyOf(next);
        return parsed;
    }

    /** The parse just ended, else the last one: unchanged, or older while the new one is still running. */
    private Optional<CachedParse> latestParse(ParseInput input, Map<ParseInput, ParsedLesson> fresh) {
        return Optional.ofNullable(fresh.get(input)).map(done -> new CachedParse(input, done))
                .or(() -> Optional.ofNullable(parses.get(input.fileName())));
    }

    private boolean isCached(ParseInput input) {
        CachedParse cached = parses.get(input.fileName());
        return cached != null && cached.input().equals(input);
    }

    private LessonFile loadCourseFile(LessonFolder.FileRead file, Seen seen) {
        List<Problem> problems = new ArrayList<>();
        file.failure().ifPresentOrElse(problems::add, () -> readCourseFile(file.source(), problems));
        FileState state = FileState.of(ProblemCount.of(problems), lastGoodInfo.isPresent());
        LessonSource source = file.source();
        return new LessonFile(source.fileName(), source.path(), state, problems, Optional.empty(), Optional.empty(), seen.at());
    }

    private void readCourseFile(LessonSource file, List<Problem> problems) {
        try {
            courseFileParser.parse(file, problems).ifPresent(good -> lastGoodInfo = Optional.of(good));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(ParseFailure.problem(file, e));
        }
    }

    private LessonFile lessonFile(CourseAssembler.Outcome outcome, Instant loadedAt) {
        LessonSource source = outcome.parsed().source();
        return new LessonFile(source.fileName(), source.path(), outcome.state(), outcome.problems(),
                outcome.parsed().draft(), outcome.live(), loadedAt);
    }

    /** When the file's current content was first read: unchanged files keep their time across reloads. */
    private Seen loadedAt(LessonSource file, Instant now, Map<String, Seen> nowSeen) {
        String version = LessonParser.version(file.content());
        Seen before = seen.get(file.fileName());
        Seen current = new Seen(version, before != null && before.version().equals(version) ? before.at() : now);
        nowSeen.put(file.fileName(), current);
        return current;
    }

    private void remember(List<CourseAssembler.Outcome> outcomes, Map<String, Seen> nowSeen) {
        Map<String, Lesson> good = new HashMap<>();
        outcomes.forEach(outcome -> outcome.live().ifPresent(lesson -> good.put(outcome.parsed().source().fileName(), lesson)));
        lastGood = Map.copyOf(good);
        seen = Map.copyOf(nowSeen);
    }
}
