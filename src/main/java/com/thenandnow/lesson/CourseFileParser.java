package com.thenandnow.lesson;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Parses {@code _course.md}: the course's title, subtitle, source citation, article length and welcome text. */
public final class CourseFileParser {

    public static final String FILE_NAME = "_course.md";
    static final Set<String> KEYS = LessonParser.orderedSet("title", "subtitle", "source", "paragraphs", "typos");

    private final MarkdownRenderer markdown;

    public CourseFileParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The course description, or empty when the file has an error; problems go into {@code found}. */
    public Optional<CourseInfo> parse(LessonSource file, List<Problem> found) {
        Problems problems = new Problems(file.path());
        Optional<CourseInfo> info = SourceText.lines(file.content(), problems).map(lines -> read(lines, problems));
        found.addAll(problems.list());
        return problems.hasErrors() ? Optional.empty() : info;
    }

    private CourseInfo read(List<String> lines, Problems problems) {
        FrontMatter frontMatter = FrontMatter.read(lines, problems);
        frontMatter.warnAboutUnknownKeys(KEYS);
        OptionalInt paragraphs = frontMatter.integer("paragraphs").stream().mapToInt(Integer::intValue).findFirst();
        if (paragraphs.isPresent() && paragraphs.getAsInt() < 1) {
            problems.error(frontMatter.lineOf("paragraphs"), "'paragraphs' must be 1 or more: the number of paragraphs of the source article");
        }
        String welcome = String.join("\n", lines.subList(frontMatter.bodyStart(), lines.size()));
        return new CourseInfo(frontMatter.text("title").orElse(CourseInfo.UNTITLED.title()),
                frontMatter.text("subtitle").orElse(""), frontMatter.text("source").orElse(""),
                paragraphs, markdown.toHtml(welcome), frontMatter.bool("typos").orElse(CourseInfo.UNTITLED.typosForgiven()));
    }
}
