package com.thenandnow.lesson;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Glossary and timeline files from text blocks, parsed against a course of two lessons and a 15-paragraph article. */
final class ReferenceFixtures {

    static final Set<String> LESSON_IDS = Set.of("stalins-daughter", "the-dancers");
    static final ParseContext ARTICLE = new ParseContext(OptionalInt.of(15), asset -> true);

    private ReferenceFixtures() {
    }

    static ParsedReference<Glossary> glossary(String text) {
        return new GlossaryParser(LessonFixtures.MARKDOWN).parse(source(GlossaryParser.FILE_NAME, text), ARTICLE, LESSON_IDS);
    }

    static ParsedReference<Timeline> timeline(String text) {
        return new TimelineParser(LessonFixtures.MARKDOWN).parse(source(TimelineParser.FILE_NAME, text), ARTICLE, LESSON_IDS);
    }

    static LessonSource source(String fileName, String text) {
        return LessonFixtures.source(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> errors(ParsedReference<?> parsed) {
        return LessonFixtures.format(parsed.problems().stream().filter(Problem::isError).toList());
    }

    static List<String> warnings(ParsedReference<?> parsed) {
        return LessonFixtures.format(parsed.problems().stream().filter(problem -> !problem.isError()).toList());
    }
}
