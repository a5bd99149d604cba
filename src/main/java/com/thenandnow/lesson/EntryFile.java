package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the files that list entries under {@code ### } headings, the glossary and the timeline, with the lesson
 * parser's pieces: strict UTF-8, front matter, the nesting limit, source lines and problems at their lines. The
 * blocks before the first entry are the page's introduction. In an entry, paragraphs are its text, except for
 * directive lines ({@code Lesson:}, {@code Source:}, {@code Also:}, {@code Context beyond the article:}).
 */
final class EntryFile {

    /** Far more than a course needs; bounds the work of one file, and of marking terms in every lesson. */
    static final int MAX_ENTRIES = 300;
    static final String LESSON = "lesson";
    static final String SOURCE = "source";
    static final String ALSO = "also";
    static final String CONTEXT = "context beyond the article";

    private static final Set<String> KEYS = LessonParser.orderedSet("title");
    private static final Pattern DIRECTIVE = Directives.pattern(LESSON, SOURCE, ALSO, CONTEXT);

    /** A directive line of an entry: its value and its line. */
    record Directive(String value, int line) {
    }

    /** One entry: its heading as plain text and its line, its text as Markdown, its directives by lowercase name. */
    record Entry(String heading, int line, String text, Map<String, Directive> directives) {
        Optional<Directive> directive(String name) {
            return Optional.ofNullable(directives.get(name));
        }
    }

    /** What a file gives: the title it declares, if any, its introduction as sanitized HTML, and its entries. */
    record Content(Optional<String> title, String introHtml, List<Entry> entries) {
    }

    private final MarkdownRenderer markdown;
    private final String noun;

    /** {@code noun} names an entry in messages: "term", "event". */
    EntryFile(MarkdownRenderer markdown, String noun) {
        this.markdown = markdown;
        this.noun = noun;
    }

    /** The file's content, or empty when it cannot be read as a whole (reported). */
    Optional<Content> read(LessonSource file, Problems problems) {
        return MarkdownFile.read(file, KEYS, markdown, problems).filter(read -> !read.nestsTooDeep(problems))
                .map(read -> new Reader(read.source(), problems).read(read.frontMatter().text("title"), read.blocks()));
    }

    /** Reads the blocks of one file. */
    private final class Reader {
        private final MarkdownSource source;
        private final Problems problems;
        private final List<Node> intro = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private Optional<String> title;

        Reader(MarkdownSource source, Problems problems) {
            this.source = source;
            this.problems = problems;
        }

        Content read(Optional<String> declaredTitle, List<Node> blocks) {
            title = declaredTitle;
            Heading current = null;
            List<Node> currentBlocks = new ArrayList<>();
            for (Node block : blocks) {
                if (block instanceof Heading heading && heading.getLevel() == 3) {
                    addEntry(current, currentBlocks);
                    if (entries.size() == MAX_ENTRIES) {
                        problems.error(source.lineOf(heading), "this is " + noun + " " + (MAX_ENTRIES + 1) + "; a file may "
                                + "have at most " + MAX_ENTRIES + " " + noun + "s, so keep the ones the course needs");
                        return content();
                    }
                    current = heading;
                    currentBlocks = new ArrayList<>();
                } else if (current == null) {
                    introBlock(block);
                } else {
                    currentBlocks.add(block);
                }
            }
            addEntry(current, currentBlocks);
            return content();
        }

        private Content content() {
            return new Content(title, markdown.toHtml(intro), entries);
        }

        /** The first {@code # } heading is the title when the front matter gives none, as in lessons. */
        private void introBlock(Node block) {
            if (title.isEmpty() && block instanceof Heading heading && heading.getLevel() == 1) {
                title = Optional.of(markdown.toPlainText(heading)).filter(text -> !text.isEmpty());
            } else {
                intro.add(block);
            }
        }

        private void addEntry(Heading heading, List<Node> blocks) {
            if (heading == null) {
                return;
            }
            List<String> paragraphs = new ArrayList<>();
            Map<String, Directive> directives = new HashMap<>();
            for (Node block : blocks) {
                if (block instanceof Paragraph paragraph) {
                    readParagraph(paragraph, paragraphs, directives);
                } else {
                    problems.warning(source.lineOf(block), "only paragraphs and lines such as 'Source: ¶6' are read in a "
                            + noun + "; this block is not shown, so write it as a paragraph or leave it out");
                }
            }
            entries.add(new Entry(markdown.toPlainText(heading), source.lineOf(heading), String.join("\n\n", paragraphs),
                    Map.copyOf(directives)));
        }

        /** Splits a paragraph at its directive lines (CommonMark joins consecutive lines into one paragraph). */
        private void readParagraph(Paragraph paragraph, List<String> paragraphs, Map<String, Directive> directives) {
            List<String> text = new ArrayList<>();
            for (MarkdownSource.SourceLine line : source.linesOf(paragraph)) {
                Matcher directive = DIRECTIVE.matcher(line.text());
                if (directive.matches()) {
                    addDirective(directive.group(1).toLowerCase(Locale.ROOT), new Directive(directive.group(2).strip(),
                            line.number()), directives);
                } else {
                    text.add(line.text());
                }
            }
            if (!text.isEmpty()) {
                paragraphs.add(String.join("\n", text));
            }
        }

        private void addDirective(String name, Directive directive, Map<String, Directive> directives) {
            Directive first = directives.putIfAbsent(name, directive);
            if (first != null) {
                problems.error(directive.line(), "this " + noun + " has a second '" + label(name) + ":' line (the first is "
                        + "on line " + first.line() + "); keep one");
            }
        }
    }

    /** A directive's name as authors write it: "Lesson", "Context beyond the article". */
    static String label(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
