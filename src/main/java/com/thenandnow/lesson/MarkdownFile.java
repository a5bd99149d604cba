package com.thenandnow.lesson;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * A Markdown file of the lessons folder read up to its node tree: strictly as UTF-8, its front matter (unknown
 * keys warned about), and its body parsed with source spans. Lessons, the glossary and the timeline start alike.
 */
record MarkdownFile(FrontMatter frontMatter, MarkdownSource source, Node document) {

    /** The file read, or empty when it is not valid UTF-8 (reported). */
    static Optional<MarkdownFile> read(LessonSource file, Set<String> keys, MarkdownRenderer markdown, Problems problems) {
        return SourceText.lines(file.content(), problems).map(lines -> {
            FrontMatter frontMatter = FrontMatter.read(lines, problems);
            frontMatter.warnAboutUnknownKeys(keys);
            MarkdownSource source = new MarkdownSource(lines.subList(frontMatter.bodyStart(), lines.size()),
                    frontMatter.bodyStart());
            return new MarkdownFile(frontMatter, source, markdown.parse(source.text()));
        });
    }

    /**
     * Whether lists and block quotes nest too deep to read the file's structure; if so, reported at the line
     * where they go too deep (see {@link Nesting}).
     */
    boolean nestsTooDeep(Problems problems) {
        Optional<Node> tooDeep = Nesting.tooDeep(document);
        tooDeep.ifPresent(node -> problems.error(source.lineOf(node), "lists and block quotes are nested more than "
                + Nesting.MAX_DEPTH + " levels deep here; nest them less, and the rest of the file is checked again"));
        return tooDeep.isPresent();
    }

    /** The top-level blocks of the body, in order. */
    List<Node> blocks() {
        return AnswerBlocks.children(document);
    }
}
