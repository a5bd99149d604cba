package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Reads the answer blocks that are lists: options, pairs or a numbered list ({@link AnswerLines} reads the
 * {@code Answer:} line). Each yields a way to build the question from its text, or nothing when the block has an
 * error (which is then reported at its line).
 */
final class AnswerBlocks {

    /** Builds the question of a well-formed answer block, once the rest of the question is known. */
    interface Builder extends Function<QuestionText, Question> {
    }

    static final int MAX_ITEMS = Question.MAX_ITEMS;

    private static final Pattern RADIO = Pattern.compile("^\\(([ xX])\\)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])\\]\\s*(.*)$", Pattern.DOTALL);

    private final MarkdownRenderer markdown;
    private final MarkdownSource source;
    private final Problems problems;

    AnswerBlocks(MarkdownRenderer markdown, MarkdownSource source, Problems problems) {
        this.markdown = markdown;
        this.source = source;
        this.problems = problems;
    }

    /** How the items of a bullet list are marked; PLAIN lists are part of the prompt, not answer blocks. */
    enum Marker { RADIO, CHECKBOX, ARROW, PLAIN, MIXED }

    Marker markerOf(BulletList list) {
        List<Marker> markers = markersOf(list);
        return markers.size() == 1 ? markers.get(0) : Marker.MIXED;
    }

    /** The question a list with a marker other than PLAIN answers; empty (and reported) when the list is broken. */
    Optional<Builder> fromBulletList(BulletList list) {
        if (isTooLong(list)) {
            return Optional.empty();
        }
        return switch (markerOf(list)) {
            case RADIO -> singleChoice(list);
            case CHECKBOX -> multipleChoice(list);
            case ARROW -> matching(list);
            case PLAIN -> Optional.empty();
            case MIXED -> {
                problems.error(source.lineOf(list), "this list mixes markers (" + describe(markersOf(list))
                        + "); use one kind per list: all ( ), all [ ], or all 'left -> right'");
                yield Optional.empty();
            }
        };
    }

    private List<Marker> markersOf(BulletList list) {
        return items(list).stream().map(item -> markerOf(itemText(item))).distinct().toList();
    }

    Optional<Builder> fromOrderedList(OrderedList list) {
        if (isTooLong(list)) {
            return Optional.empty();
        }
        List<String> texts = items(list).stream().map(item -> markdown.toPlainText(itemText(item))).toList();
        if (texts.size() < 2) {
            problems.error(source.lineOf(list), "an ordering question needs at least 2 numbered items; add another");
            return Optional.empty();
        }
        return Optional.of(text -> new Question.Ordering(text, texts));
    }

    /** Whether an answer block has more items than a question may (reported): each becomes a widget in the quiz. */
    private boolean isTooLong(Node list) {
        int count = items(list).size();
        if (count > MAX_ITEMS) {
            problems.error(source.lineOf(list), "this answer block has " + count + " options, items or pairs; "
                    + "a question may have at most " + MAX_ITEMS);
        }
        return count > MAX_ITEMS;
    }

    private Optional<Builder> singleChoice(BulletList list) {
        List<ChoiceOption> options = options(list, RADIO);
        long right = options.stream().filter(ChoiceOption::correct).count();
        if (right != 1) {
            problems.error(source.lineOf(list), "a single choice question needs exactly one (x) option, found "
                    + right + "; mark the right one (x) and the others ( ), or use [ ] and [x] for several");
            return Optional.empty();
        }
        return Optional.of(text -> new Question.SingleChoice(text, options));
    }

    private Optional<Builder> multipleChoice(BulletList list) {
        List<ChoiceOption> options = options(list, CHECKBOX);
        if (options.stream().noneMatch(ChoiceOption::correct)) {
            problems.error(source.lineOf(list), "a multiple choice question needs at least one [x] option; mark the right ones [x]");
            return Optional.empty();
        }
        return Optional.of(text -> new Question.MultipleChoice(text, options));
    }

    private List<ChoiceOption> options(BulletList list, Pattern marker) {
        List<ChoiceOption> options = new ArrayList<>();
        for (ListItem item : items(list)) {
            Matcher matcher = marker.matcher(itemText(item));
            matcher.matches();
            options.add(new ChoiceOption(markdown.toPlainText(matcher.group(2)),
                    !matcher.group(1).isBlank(), feedbackOf(item)));
        }
        return options;
    }

    private String feedbackOf(ListItem item) {
        List<Node> quotes = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote quote) {
                quotes.addAll(children(quote));
            }
        }
        return quotes.isEmpty() ? "" : markdown.toHtml(quotes);
    }

    private Optional<Builder> matching(BulletList list) {
        List<MatchPair> pairs = new ArrayList<>();
        Map<String, Integer> lefts = new HashMap<>();
        Map<String, Integer> rights = new HashMap<>();
        boolean valid = true;
        for (ListItem item : items(list)) {
            int line = source.lineOf(item);
            String text = itemText(item);
            int arrow = arrowAt(text);
            String left = markdown.toPlainText(text.substring(0, arrow));
            String right = markdown.toPlainText(text.substring(arrow + (text.startsWith("->", arrow) ? 2 : 1)));
            if (left.isEmpty() || right.isEmpty()) {
                problems.error(line, "a matching pair needs text on both sides of '->'");
                valid = false;
                continue;
            }
            valid &= unique("left", left, line, lefts) & unique("right", right, line, rights);
            pairs.add(new MatchPair(left, right));
        }
        if (pairs.size() < 2) {
            problems.error(source.lineOf(list), "a matching question needs at least 2 'left -> right' pairs; add another");
            valid = false;
        }
        return valid ? Optional.of(text -> new Question.Matching(text, pairs)) : Optional.empty();
    }

    private boolean unique(String side, String value, int line, Map<String, Integer> seen) {
        Integer earlier = seen.putIfAbsent(value, line);
        if (earlier != null) {
            problems.error(line, "the " + side + " side '" + value + "' is repeated (also on line " + earlier
                    + "); each side of a matching question must be different");
            return false;
        }
        return true;
    }

    private static Marker markerOf(String itemText) {
        if (RADIO.matcher(itemText).matches()) {
            return Marker.RADIO;
        }
        if (CHECKBOX.matcher(itemText).matches()) {
            return Marker.CHECKBOX;
        }
        return arrowAt(itemText) >= 0 ? Marker.ARROW : Marker.PLAIN;
    }

    /**
     * Where the first arrow ({@code ->} or {@code →}) of an item starts, or -1. Found by plain search, the sides
     * stripped later: a regex with {@code \\s*} around the arrow retried from every space of a long run.
     */
    private static int arrowAt(String itemText) {
        int ascii = itemText.indexOf("->");
        int unicode = itemText.indexOf('→');
        return ascii < 0 || unicode < 0 ? Math.max(ascii, unicode) : Math.min(ascii, unicode);
    }

    private static String describe(List<Marker> markers) {
        return String.join(", ", markers.stream().map(marker -> switch (marker) {
            case RADIO -> "( )";
            case CHECKBOX -> "[ ]";
            case ARROW -> "->";
            case PLAIN, MIXED -> "plain items";
        }).toList());
    }

    /** The first paragraph of a list item, from its source lines, so markers like "( )" survive as typed. */
    private String itemText(ListItem item) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph paragraph)) {
            return "";
        }
        return String.join("\n", source.linesOf(paragraph).stream().map(MarkdownSource.SourceLine::text).toList()).strip();
    }

    static List<ListItem> items(Node list) {
        List<ListItem> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            items.add((ListItem) child);
        }
        return items;
    }

    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }
}
