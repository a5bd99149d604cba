package com.thenandnow.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * between loads, so a file saved with an error keeps its previous version live. Not thread-safe:
 * the library serialises loads.
 */
public final class CourseLoader {

    private static final int ASSET_DEPTH = 4;

    private final Path folder;
    private final Clock clock;
    private final LessonParser lessonParser;
    private final CourseFileParser courseFileParser;
    private Map<String, Lesson> lastGood = Map.of();
    private Optional<CourseInfo> lastGoodInfo = Optional.empty();
    private Map<String, Seen> seen = Map.of();
    private Map<String, CachedParse> parses = Map.of();

    private record Seen(String version, Instant at) {
    }

    /** What a lesson's parse depends on: its bytes, the article's length, and the files beside it (images). */
    private record ParseInput(String version, OptionalInt paragraphs, Set<String> assets) {
    }

    private record CachedParse(ParseInput input, ParsedLesson parsed) {
    }

    public CourseLoader(Path folder, Clock clock, MarkdownRenderer markdown) {
        this.folder = folder;
        this.clock = clock;
        this.lessonParser = new LessonParser(markdown);
        this.courseFileParser = new CourseFileParser(markdown);
    }

    public Path folder() {
        return folder;
    }

    /** Reads every file of the folder afresh; throws when the folder itself cannot be read. */
    public Course load() throws IOException {
        Instant now = clock.instant();
        List<LessonSource> lessonFiles = new ArrayList<>();
        Optional<LessonSource> courseFile = Optional.empty();
        for (Path path : markdownFiles()) {
            LessonSource source = read(path);
            if (source.fileName().equals(CourseFileParser.FILE_NAME)) {
                courseFile = Optional.of(source);
            } else if (!source.fileName().startsWith("_")) {
                lessonFiles.add(source);
            }
        }
        if (courseFile.isEmpty()) {
            lastGoodInfo = Optional.empty(); // deleted: like a deleted lesson, its last good version goes too
        }
        List<LessonFile> files = new ArrayList<>();
        Map<String, Seen> nowSeen = new HashMap<>();
        courseFile.ifPresent(file -> files.add(loadCourseFile(file, loadedAt(file, now, nowSeen))));
        CourseInfo info = lastGoodInfo.orElse(CourseInfo.UNTITLED);
        List<ParsedLesson> parsed = parseAll(lessonFiles, info, now, nowSeen);
        List<CourseAssembler.Outcome> outcomes = CourseAssembler.assemble(parsed, lastGood);
        outcomes.forEach(outcome -> files.add(lessonFile(outcome, nowSeen.get(outcome.parsed().source().fileName()).at())));
        remember(outcomes, nowSeen);
        List<Lesson> lessons = outcomes.stream().flatMap(outcome -> outcome.live().stream())
                .sorted(Course.courseOrder()).toList();
        return new Course(info, lessons, files, now, Optional.empty());
    }

    /**
     * Parses the lessons, reusing the last parse of every file whose inputs are unchanged: a save then
     * costs one parse, not one per lesson, which keeps reloads quick on a busy machine.
     */
    private List<ParsedLesson> parseAll(List<LessonSource> lessonFiles, CourseInfo info, Instant now,
                                        Map<String, Seen> nowSeen) throws IOException {
        ParseContext context = new ParseContext(info.paragraphs(), this::assetExists);
        Set<String> assets = assetNames();
        Map<String, CachedParse> next = new HashMap<>();
        List<ParsedLesson> parsed = new ArrayList<>();
        for (LessonSource file : lessonFiles) {
            loadedAt(file, now, nowSeen);
            ParseInput input = new ParseInput(nowSeen.get(file.fileName()).version(), info.paragraphs(), assets);
            CachedParse cached = parses.get(file.fileName());
            ParsedLesson result = cached != null && cached.input().equals(input) ? cached.parsed() : lessonParser.parse(file, context);
            next.put(file.fileName(), new CachedParse(input, result));
            parsed.add(result);
        }
        parses = Map.copyOf(next);
        return parsed;
    }

    private List<Path> markdownFiles() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md"))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private LessonSource read(Path path) throws IOException {
        String name = path.getFileName().toString();
        return new LessonSource(name, folder.resolve(name).toString(), Files.readAllBytes(path));
    }

    private LessonFile loadCourseFile(LessonSource file, Instant loadedAt) {
        List<Problem> problems = new ArrayList<>();
        Optional<CourseInfo> info = courseFileParser.parse(file, problems);
        info.ifPresent(good -> lastGoodInfo = Optional.of(good));
        FileState state = FileState.of(ProblemCount.of(problems), lastGoodInfo.isPresent());
        return new LessonFile(file.fileName(), file.path(), state, problems, Optional.empty(), Optional.empty(), loadedAt);
    }

    private LessonFile lessonFile(CourseAssembler.Outcome outcome, Instant loadedAt) {
        LessonSource source = outcome.parsed().source();
        return new LessonFile(source.fileName(), source.path(), outcome.state(), outcome.problems(),
                outcome.parsed().draft(), outcome.live(), loadedAt);
    }

    /** When the file's current content was first read: unchanged files keep their time across reloads. */
    private Instant loadedAt(LessonSource file, Instant now, Map<String, Seen> nowSeen) {
        String version = LessonParser.version(file.content());
        Seen before = seen.get(file.fileName());
        Instant at = before != null && before.version().equals(version) ? before.at() : now;
        nowSeen.put(file.fileName(), new Seen(version, at));
        return at;
    }

    private void remember(List<CourseAssembler.Outcome> outcomes, Map<String, Seen> nowSeen) {
        Map<String, Lesson> good = new HashMap<>();
        outcomes.forEach(outcome -> outcome.live().ifPresent(lesson -> good.put(outcome.parsed().source().fileName(), lesson)));
        lastGood = Map.copyOf(good);
        seen = Map.copyOf(nowSeen);
    }

    /** Every file in the folder and its sub-folders but the lessons: what images may refer to. */
    private Set<String> assetNames() throws IOException {
        try (Stream<Path> entries = Files.walk(folder, ASSET_DEPTH)) {
            return entries.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".md"))
                    .map(path -> folder.relativize(path).toString()).collect(Collectors.toSet());
        }
    }

    private boolean assetExists(String relative) {
        Path root = folder.toAbsolutePath().normalize();
        Path asset = root.resolve(relative).normalize();
        return asset.startsWith(root) && Files.isRegularFile(asset);
    }
}
