package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;

/** Lesson files from text blocks, parsed the way the course loader parses them. */
final class LessonFixtures {

    static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    static final String FILE_NAME = "01-fixture.md";

    /** A quiz section with one valid true/false question, to end a lesson whose other parts are under test. */
    static final String ONE_QUESTION_QUIZ = """

            ## Quiz

            ### Is this a test?
            Answer: true

            > It is.
            """;

    /** A lesson whose quiz starts on line 7, so a question passed to {@link #quizWith} starts there. */
    static final int QUESTION_LINE = 7;

    private LessonFixtures() {
    }

    static LessonSource source(String fileName, byte[] content) {
        return new LessonSource(fileName, "lessons/" + fileName, content);
    }

    static ParsedLesson parse(String text) {
        return parse(FILE_NAME, text, ParseContext.STANDALONE);
    }

    static ParsedLesson parse(String fileName, String text) {
        return parse(fileName, text, ParseContext.STANDALONE);
    }

    static ParsedLesson parse(String fileName, String text, ParseContext context) {
        return new LessonParser(MARKDOWN).parse(source(fileName, text.getBytes(StandardCharsets.UTF_8)), context);
    }

    /** The lesson of a file that must parse without errors. */
    static Lesson lesson(String text) {
        ParsedLesson parsed = parse(text);
        assertThat(errors(parsed)).as("errors of the fixture").isEmpty();
        return parsed.draft().orElseThrow();
    }

    /** A lesson file with a title, an empty body and a quiz holding {@code questions}, from line 7. */
    static String quizWith(String questions) {
        return """
                ---
                title: Fixture
                ---

                ## Quiz

                """ + questions;
    }

    /** The one question of a lesson made with {@link #quizWith}, which must parse without errors. */
    static Question onlyQuestion(String question) {
        List<Question> questions = lesson(quizWith(question)).questions();
        assertThat(questions).hasSize(1);
        return questions.get(0);
    }

    /** Each error as {@code line: message}, in file order. */
    static List<String> errors(ParsedLesson parsed) {
        return format(parsed.problems().stream().filter(Problem::isError).toList());
    }

    /** Each warning as {@code line: message}, in file order. */
    static List<String> warnings(ParsedLesson parsed) {
        return format(parsed.problems().stream().filter(problem -> !problem.isError()).toList());
    }

    static List<String> format(List<Problem> problems) {
        return problems.stream().map(problem -> problem.line() + ": " + problem.message()).toList();
    }

    static Path write(Path folder, String fileName, String text) {
        try {
            Path file = folder.resolve(fileName);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A valid lesson file with one true/false question; {@code frontMatter} lines follow the title, from
     * line 3, and "Some words to read." is on the line after the front matter's blank line.
     */
    static String validLesson(String title, String... frontMatter) {
        StringBuilder header = new StringBuilder("---\ntitle: " + title + "\n");
        for (String line : frontMatter) {
            header.append(line).append('\n');
        }
        return header + """
                ---

                Some words to read.

                ## Quiz

                ### Is this a fixture?
                Answer: true

                > It is.
                """;
    }

    /** A loader over {@code folder} that reads files with {@code reader} and parses them with {@code parser}. */
    static CourseLoader loader(Path folder, Clock clock, LessonFolder.Reader reader,
                               BiFunction<LessonSource, ParseContext, ParsedLesson> parser) {
        return new CourseLoader(new LessonFolder(folder, reader), clock, MARKDOWN, ParseRunner.inCallerThread(parser));
    }

    /** The real parser, but one that throws, as a bug would, for a file whose content has {@code marker}. */
    static BiFunction<LessonSource, ParseContext, ParsedLesson> failingOn(String marker) {
        LessonParser parser = new LessonParser(MARKDOWN);
        return (file, context) -> {
            if (new String(file.content(), StandardCharsets.UTF_8).contains(marker)) {
                throw new IllegalStateException("a bug met by " + file.fileName());
            }
            return parser.parse(file, context);
        };
    }

    /** Reads files as the app does, but one named {@code fileName} fails with {@code failure}. */
    static LessonFolder.Reader failingToRead(String fileName, IOException failure) {
        return (file, bytes) -> {
            if (file.getFileName().toString().equals(fileName)) {
                throw failure;
            }
            return LessonFolder.readAtMost(file, bytes);
        };
    }

    /** A lesson file whose only question is broken: a single choice without a right option, on line 8. */
    static String brokenLesson(String title) {
        return "---\ntitle: " + title + "\n---\n\n## Quiz\n\n### Which?\n- ( ) this\n- ( ) that\n\n> Neither.\n";
    }
}
