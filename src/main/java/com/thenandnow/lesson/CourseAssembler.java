package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks what no single file can check alone (duplicate ids, requires naming unknown lessons or
 * forming a cycle) and decides which version of each file is live: the new one when it has no
 * error, else the last good one. A cycle is blamed on the file whose change closed it, so an edit
 * to one lesson never takes another lesson offline.
 */
final class CourseAssembler {

    private final Map<String, List<Problem>> problems = new LinkedHashMap<>();
    private final Map<String, ParsedLesson> parsed = new LinkedHashMap<>();
    private final Map<String, Lesson> lastGood;
    private final Map<String, Lesson> live = new HashMap<>();

    private CourseAssembler(List<ParsedLesson> files, Map<String, Lesson> lastGood) {
        this.lastGood = lastGood;
        files.stream().sorted(Comparator.comparing(file -> file.source().fileName())).forEach(file -> {
            parsed.put(file.source().fileName(), file);
            problems.put(file.source().fileName(), new ArrayList<>(file.problems()));
        });
    }

    /** The outcome per file, in file-name order. */
    record Outcome(ParsedLesson parsed, List<Problem> problems, Optional<Lesson> live) {
        FileState state() {
            return FileState.of(ProblemCount.of(problems), live.isPresent());
        }
    }

    static List<Outcome> assemble(List<ParsedLesson> files, Map<String, Lesson> lastGood) {
        return new CourseAssembler(files, lastGood).run();
    }

    private List<Outcome> run() {
        checkDuplicateIds();
        checkUnknownRequires();
        parsed.keySet().forEach(name -> Optional.ofNullable(lastGood.get(name)).ifPresent(lesson -> live.put(name, lesson)));
        parsed.keySet().stream().filter(this::hasNewVersion).forEach(this::acceptIfNoCycle);
        return parsed.values().stream().map(file -> {
            String name = file.source().fileName();
            return new Outcome(file, problems.get(name).stream().sorted(Problem.IN_FILE_ORDER).toList(),
                    Optional.ofNullable(live.get(name)));
        }).toList();
    }

    private boolean hasNewVersion(String name) {
        return draftWithoutErrors(name).isPresent();
    }

    private Optional<Lesson> draftWithoutErrors(String name) {
        return ProblemCount.of(problems.get(name)).hasErrors() ? Optional.empty() : parsed.get(name).draft();
    }

    /** The file that already had an id live keeps it; otherwise the first file by name does. */
    private void checkDuplicateIds() {
        Map<String, String> owners = new HashMap<>();
        lastGood.forEach((name, lesson) -> {
            if (parsed.containsKey(name)) {
                owners.putIfAbsent(lesson.id(), name);
            }
        });
        parsed.forEach((name, file) -> file.draft().ifPresent(lesson -> {
            String owner = owners.putIfAbsent(lesson.id(), name);
            if (owner != null && !owner.equals(name)) {
                error(name, file.idLine(), "the id '" + lesson.id() + "' is already used by " + owner
                        + "; rename this file or set a different 'id:'");
            }
        }));
    }

    private void checkUnknownRequires() {
        Set<String> known = new TreeSet<>();
        parsed.values().forEach(file -> file.draft().ifPresent(lesson -> known.add(lesson.id())));
        // Only files still in the folder keep a last good version live: a deleted lesson's id is unknown now.
        lastGood.forEach((name, lesson) -> {
            if (parsed.containsKey(name)) {
                known.add(lesson.id());
            }
        });
        parsed.forEach((name, file) -> file.draft().ifPresent(lesson -> lesson.requires().stream()
                .filter(required -> !known.contains(required))
                .forEach(required -> error(name, file.requiresLine(), "'requires' names an unknown lesson '" + required
                        + "'; known lessons: " + String.join(", ", known)))));
    }

    /** Makes the new version live unless its requires close a cycle, which is then reported on this file. */
    private void acceptIfNoCycle(String name) {
        Lesson draft = parsed.get(name).draft().orElseThrow();
        Lesson previous = live.put(name, draft);
        Optional<List<String>> cycle = cycleThrough(draft.id());
        if (cycle.isPresent()) {
            error(name, parsed.get(name).requiresLine(), "'requires' forms a cycle: " + String.join(" → ", cycle.get())
                    + "; a lesson cannot depend on itself, even indirectly");
            if (previous != null && !previous.equals(draft)) {
                live.put(name, previous);
            } else {
                live.remove(name);
            }
        }
    }

    /** A path of requires from {@code start} back to itself, if there is one. */
    private Optional<List<String>> cycleThrough(String start) {
        Map<String, List<String>> requires = new HashMap<>();
        live.values().forEach(lesson -> requires.put(lesson.id(), lesson.requires()));
        List<String> path = new ArrayList<>(List.of(start));
        return search(start, start, requires, path, new TreeSet<>()) ? Optional.of(path) : Optional.empty();
    }

    private static boolean search(String start, String at, Map<String, List<String>> requires, List<String> path,
                                  Set<String> visited) {
        for (String next : requires.getOrDefault(at, List.of())) {
            path.add(next);
            if (next.equals(start) || visited.add(next) && search(start, next, requires, path, visited)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private void error(String name, int line, String message) {
        problems.get(name).add(new Problem(parsed.get(name).source().path(), line, Severity.ERROR, message));
    }
}
