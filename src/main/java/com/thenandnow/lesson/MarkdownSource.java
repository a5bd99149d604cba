package com.thenandnow.lesson;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The Markdown part of a file (after the front matter) as lines, and the map from a node back to
 * its 1-based line in the file. Paragraph text is read from the lines rather than from the node tree
 * because {@code Hint:}, {@code Answer:} and {@code Source:} must be found at the start of a source line.
 */
final class MarkdownSource {

    private final List<String> lines;
    private final int firstLine;

    MarkdownSource(List<String> lines, int linesBefore) {
        this.lines = List.copyOf(lines);
        this.firstLine = linesBefore + 1;
    }

    String text() {
        return String.join("\n", lines);
    }

    int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? firstLine : spans.get(0).getLineIndex() + firstLine;
    }

    /** The source lines of a block, without the markers of the containers around it (list bullets, quote marks). */
    List<SourceLine> linesOf(Node block) {
        return block.getSourceSpans().stream()
                .map(span -> new SourceLine(span.getLineIndex() + firstLine, lines.get(span.getLineIndex())
                        .substring(span.getColumnIndex(), span.getColumnIndex() + span.getLength())))
                .toList();
    }

    record SourceLine(int number, String text) {
    }
}
