package com.thenandnow.lesson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

/**
 * The instructors' command-line check: {@code java -jar app.jar validate [DIR]}. It reads a lessons
 * folder with the same parser as the app, without starting the web server, prints every problem as
 * {@code path:line: severity: message} and exits 1 when there is any error.
 */
public final class CourseValidator {

    public static final String COMMAND = "validate";
    private static final Path DEFAULT_FOLDER = Path.of("lessons");

    private CourseValidator() {
    }

    /** Validates the folder named by {@code args[1]} (default {@code lessons}); answers the exit status. */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, folder -> new CourseLoader(folder, Clock.systemUTC(), new MarkdownRenderer()));
    }

    /** As {@link #run(String[], PrintStream)}, reading the folder with the loader {@code loaders} gives. */
    static int run(String[] args, PrintStream out, Function<Path, CourseLoader> loaders) {
        Path folder = args.length > 1 ? Path.of(args[1]) : DEFAULT_FOLDER;
        if (!Files.isDirectory(folder)) {
            out.println(folder + ": error: no such folder; give the lessons folder, e.g. 'validate lessons'");
            return 1;
        }
        try {
            Course course = loaders.apply(folder).load();
            course.problems().forEach(out::println);
            out.println(summary(folder, course));
            return course.problemCount().hasErrors() ? 1 : 0;
        } catch (IOException e) {
            out.println(folder + ": error: cannot read the folder: " + e.getMessage());
            return 1;
        }
    }

    /** Such as "lessons: 10 files checked, 7 lessons valid, 22 glossary terms, 14 timeline events; 0 errors, 0 warnings". */
    private static String summary(Path folder, Course course) {
        return String.format("%s: %d files checked, %d lessons valid%s%s; %s", folder, course.files().size(),
                course.lessons().size(), count(course, FileKind.GLOSSARY, course.glossary().entries().size(), "glossary term"),
                count(course, FileKind.TIMELINE, course.timeline().events().size(), "timeline event"), course.problemCount());
    }

    /** The live entries of the glossary or timeline, when the folder has that file. */
    private static String count(Course course, FileKind kind, int entries, String noun) {
        boolean present = course.files().stream().anyMatch(file -> file.kind() == kind);
        return present ? ", " + Wording.count(entries, noun) : "";
    }
}
