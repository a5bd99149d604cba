package com.thenandnow.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * How deep lists and block quotes nest. Lessons need a few levels; from 50 list levels CommonMark stops reading
 * structure (a heading after the list becomes text, so the quiz went missing), so a lesson nested deeper than
 * {@link #MAX_DEPTH} is reported at the line where it goes too deep rather than read.
 */
final class Nesting {

    static final int MAX_DEPTH = 10;

    private record Level(Node node, int depth) {
    }

    private Nesting() {
    }

    /** The first block, in document order, nested more than {@link #MAX_DEPTH} lists or quotes deep. */
    static Optional<Node> tooDeep(Node document) {
        Deque<Level> toVisit = new ArrayDeque<>();
        toVisit.push(new Level(document, 0));
        while (!toVisit.isEmpty()) { // no recursion: the tree may be deeper than the stack
            Level level = toVisit.pop();
            if (level.depth() > MAX_DEPTH) {
                return Optional.of(level.node());
            }
            for (Node child = level.node().getLastChild(); child != null; child = child.getPrevious()) {
                toVisit.push(new Level(child, level.depth() + (isLevel(child) ? 1 : 0)));
            }
        }
        return Optional.empty();
    }

    private static boolean isLevel(Node node) {
        return node instanceof ListItem || node instanceof BlockQuote;
    }
}
