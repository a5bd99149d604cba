package com.thenandnow.lesson;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what glossary terms and timeline events share: the text, the lesson they link to (which must exist in the
 * course), the article paragraphs they rest on, and the "Context beyond the article" note.
 */
final class EntryParts {

    private final MarkdownRenderer markdown;
    private final ParseContext context;
    private final Set<String> lessonIds;
    private final Problems problems;

    EntryParts(MarkdownRenderer markdown, ParseContext context, Set<String> lessonIds, Problems problems) {
        this.markdown = markdown;
        this.context = context;
        this.lessonIds = new TreeSet<>(lessonIds);
        this.problems = problems;
    }

    /** The entry's text without markup, on one line: what a tooltip or a check of wording reads. */
    String plainText(EntryFile.Entry entry) {
        return markdown.toPlainText(entry.text()).replaceAll("\\s+", " ");
    }

    String html(EntryFile.Entry entry) {
        return markdown.toHtml(entry.text());
    }

    /** The id on the {@code Lesson:} line, if there is one; a lesson the course does not have is an error. */
    Optional<String> lesson(EntryFile.Entry entry) {
        return entry.directive(EntryFile.LESSON).flatMap(directive -> {
            String id = directive.value();
            if (lessonIds.contains(id)) {
                return Optional.of(id);
            }
            problems.error(directive.line(), (id.isEmpty() ? "'Lesson:' names no lesson"
                    : "'Lesson: " + Problems.excerpt(id) + "' names an unknown lesson") + "; known lessons: "
                    + String.join(", ", lessonIds));
            return Optional.empty();
        });
    }

    List<Integer> sources(EntryFile.Entry entry) {
        return entry.directive(EntryFile.SOURCE)
                .map(directive -> ParagraphSources.read(directive.value(), directive.line(), context, problems))
                .orElse(List.of());
    }

    /** Present when the entry is marked "Context beyond the article", with the note after the colon (maybe empty). */
    Optional<String> beyondArticle(EntryFile.Entry entry) {
        return entry.directive(EntryFile.CONTEXT).map(directive -> markdown.toPlainText(directive.value()));
    }
}
