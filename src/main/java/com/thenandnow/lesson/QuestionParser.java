package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Reads one question: the blocks between its {@code ###} heading and the next. Before the answer
 * block come details and the hint; after it the explanation (a block quote) and the source line. A
 * {@code Typos: yes|no} line anywhere in a short answer question overrides the course's {@code typos} setting.
 */
final class QuestionParser {

    private static final Pattern DIRECTIVE = Directives.pattern("hint", "answer", "source", "typos");

    private final MarkdownRenderer markdown;
    private final MarkdownSource source;
    private final ParseContext context;
    private final Problems problems;
    private final AnswerBlocks answers;
    private final AnswerLines answerLines;

    private final List<String> details = new ArrayList<>();
    private final List<String> explanation = new ArrayList<>();
    private final List<String> hints = new ArrayList<>();
    private final List<Integer> sources = new ArrayList<>();
    private int answerLine;
    private Optional<AnswerBlocks.Builder> answer = Optional.empty();
    private int typosLine;
    private Optional<Boolean> typos = Optional.empty();

    QuestionParser(MarkdownRenderer markdown, MarkdownSource source, ParseContext context, Problems problems) {
        this.markdown = markdown;
        this.source = source;
        this.context = context;
        this.problems = problems;
        this.answers = new AnswerBlocks(markdown, source, problems);
        this.answerLines = new AnswerLines(problems, context.typosForgiven());
    }

    /** The question, or empty when it has an error (reported). */
    Optional<Question> parse(int number, Heading heading, List<Node> blocks) {
        blocks.forEach(this::read);
        int line = source.lineOf(heading);
        if (answerLine == 0) {
            problems.error(line, "this question has no answer block: add options '- ( )', '- [ ]', 'Answer: …', "
                    + "a numbered list or 'left -> right' pairs");
        }
        if (explanation.isEmpty()) {
            problems.warning(line, "this question has no explanation; add a block quote ('> …') after the answer");
        }
        QuestionText text = new QuestionText(number, line, markdown.toPlainText(heading), String.join("\n", details),
                String.join(" ", hints), String.join("\n", explanation), sources);
        return answer.map(builder -> withTypos(builder.apply(text)));
    }

    /** The question with its own {@code Typos:} setting, which only a short answer has. */
    private Question withTypos(Question question) {
        if (typos.isEmpty()) {
            return question;
        }
        if (question instanceof Question.ShortAnswer typed) {
            return new Question.ShortAnswer(typed.text(), typed.variants(), typos.get());
        }
        problems.warning(typosLine, "'Typos:' applies only to short answers (an 'Answer:' with words); it is ignored here");
        return question;
    }

    private void readTypos(String value, int line) {
        if (typosLine > 0) {
            problems.error(line, "'Typos:' is given twice (also on line " + typosLine + "); keep one");
            return;
        }
        typosLine = line;
        typos = FrontMatter.yesOrNo(value);
        if (typos.isEmpty()) {
            problems.error(line, "'Typos: " + Problems.excerpt(value.strip()) + "' must be yes or no: yes forgives one "
                    + "typo in answers of " + Question.ShortAnswer.MIN_LETTERS_FOR_TYPOS + " letters or more, no asks for the exact spelling");
        }
    }

    private void read(Node block) {
        if (block instanceof Paragraph paragraph) {
            readParagraph(paragraph);
        } else if (block instanceof BulletList list && answers.markerOf(list) != AnswerBlocks.Marker.PLAIN) {
            foundAnswer(source.lineOf(list), answers.fromBulletList(list));
        } else if (block instanceof OrderedList list) {
            foundAnswer(source.lineOf(list), answers.fromOrderedList(list));
        } else if (block instanceof BlockQuote quote) {
            readQuote(quote);
        } else {
            content(source.lineOf(block), markdown.toHtml(List.of(block)));
        }
    }

    /** Splits a paragraph at lines starting with Hint:, Answer: or Source: (CommonMark joins consecutive lines). */
    private void readParagraph(Paragraph paragraph) {
        List<MarkdownSource.SourceLine> lines = source.linesOf(paragraph);
        if (lines.stream().noneMatch(line -> DIRECTIVE.matcher(line.text()).matches())) {
            content(source.lineOf(paragraph), markdown.toHtml(List.of(paragraph)));
            return;
        }
        readLines(lines);
    }

    /**
     * A directive typed right under a quote, with no blank line and no '>', is a lazy continuation of the
     * quote in CommonMark; such a quote is read line by line, like a paragraph, to split the directive off.
     */
    private void readQuote(BlockQuote quote) {
        List<MarkdownSource.SourceLine> lines = source.linesOf(quote);
        if (lines.stream().skip(1).anyMatch(QuestionParser::isLazyDirective)) {
            readLines(lines);
        } else {
            quoteOrContent(source.lineOf(quote), quote);
        }
    }

    private static boolean isLazyDirective(MarkdownSource.SourceLine line) {
        return !line.text().stripLeading().startsWith(">") && DIRECTIVE.matcher(line.text()).matches();
    }

    /** A quote after the answer block is the explanation; any other block adds to the prompt. */
    private void quoteOrContent(int line, Node block) {
        if (block instanceof BlockQuote && answerLine > 0) {
            explanation.add(markdown.toHtml(AnswerBlocks.children(block)));
        } else {
            content(line, markdown.toHtml(List.of(block)));
        }
    }

    /** Reads lines in order: a directive line ends the text before it; lines after a hint continue the hint. */
    private void readLines(List<MarkdownSource.SourceLine> lines) {
        List<String> text = new ArrayList<>();
        int textLine = 0;
        boolean inHint = false;
        for (MarkdownSource.SourceLine line : lines) {
            Matcher directive = DIRECTIVE.matcher(line.text());
            if (directive.matches()) {
                flushText(text, textLine);
                inHint = directive(directive.group(1).toLowerCase(Locale.ROOT), directive.group(2), line.number());
            } else if (inHint) {
                hints.add(markdown.toPlainText(line.text()));
            } else {
                textLine = text.isEmpty() ? line.number() : textLine;
                text.add(line.text());
            }
        }
        flushText(text, textLine);
    }

    /** The text between directives may hold a quote (see {@link #readQuote}), so it is parsed again. */
    private void flushText(List<String> text, int line) {
        if (!text.isEmpty()) {
            AnswerBlocks.children(markdown.parse(String.join("\n", text))).forEach(block -> quoteOrContent(line, block));
            text.clear();
        }
    }

    /** Handles one directive line; answers whether the lines that follow continue it (only a hint does). */
    private boolean directive(String name, String value, int line) {
        switch (name) {
            case "hint" -> hints.add(markdown.toPlainText(value));
            case "answer" -> foundAnswer(line, answerLines.read(value, line));
            case "typos" -> readTypos(value, line);
            default -> sources.addAll(ParagraphSources.read(value, line, context, problems));
        }
        return name.equals("hint");
    }

    private void foundAnswer(int line, Optional<AnswerBlocks.Builder> block) {
        if (answerLine > 0) {
            problems.error(line, "this question has a second answer block (the first is on line " + answerLine
                    + "); keep one answer block per question");
            answer = Optional.empty();
            return;
        }
        answerLine = line;
        answer = block;
    }

    private void content(int line, String html) {
        if (answerLine == 0) {
            details.add(html);
        } else {
            problems.warning(line, "text after the answer block is not shown; move it above the answer, "
                    + "or into the explanation as a block quote ('> …')");
        }
    }
}
