package com.thenandnow.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Parses one lesson file into a {@link Lesson} and the problems found, each at its line.
 * Pure: the same bytes and context always give the same result; nothing is read from disk here.
 */
public final class LessonParser {

    static final Set<String> KEYS = orderedSet("title", "summary", "minutes", "pass", "sources", "requires",
            "shuffle", "order", "id");
    /** At most 9 digits, so the order always fits an int: a longer number is part of the id, not a crash. */
    private static final Pattern NUMBERED_NAME = Pattern.compile("(\\d{1,9})(?!\\d)[-_ .]*(.*)");
    static final int MAX_QUESTIONS = Lesson.MAX_QUESTIONS;
    private static final int WORDS_PER_MINUTE = 200;
    private static final int SUMMARY_LENGTH = 160;

    private final MarkdownRenderer markdown;

    public LessonParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public ParsedLesson parse(LessonSource file, ParseContext context) {
        Problems problems = new Problems(file.path());
        Optional<MarkdownFile> read = MarkdownFile.read(file, KEYS, markdown, problems);
        if (read.isEmpty()) {
            return new ParsedLesson(file, Optional.empty(), problems.list(), 1, 1);
        }
        FrontMatter frontMatter = read.get().frontMatter();
        if (read.get().nestsTooDeep(problems)) {
            return new ParsedLesson(file, Optional.empty(), problems.list(), frontMatter.lineOf("id"),
                    frontMatter.lineOf("requires"));
        }
        MarkdownSource source = read.get().source();
        new ImageCheck(source, context, problems).check(read.get().document());
        Lesson lesson = new LessonReader(file, frontMatter, source, context, problems).read(read.get().blocks());
        return new ParsedLesson(file, Optional.of(lesson), problems.list(),
                frontMatter.lineOf("id"), frontMatter.lineOf("requires"));
    }

    /** Reads a lesson out of a parsed document; one instance per file. */
    private final class LessonReader {
        private final LessonSource file;
        private final FrontMatter frontMatter;
        private final MarkdownSource source;
        private final ParseContext context;
        private final Problems problems;

        LessonReader(LessonSource file, FrontMatter frontMatter, MarkdownSource source, ParseContext context,
                     Problems problems) {
            this.file = file;
            this.frontMatter = frontMatter;
            this.source = source;
            this.context = context;
            this.problems = problems;
        }

        Lesson read(List<Node> blocks) {
            int quiz = indexOfQuizHeading(blocks);
            List<Node> body = new ArrayList<>(quiz < 0 ? blocks : blocks.subList(0, quiz));
            String title = title(body);
            List<Question> questions = quiz < 0 ? noQuiz() : questions(blocks.get(quiz), blocks.subList(quiz + 1, blocks.size()));
            return new Lesson(id(), order(), title, summary(body), minutes(body), pass(), sources(),
                    frontMatter.texts("requires"), frontMatter.bool("shuffle").orElse(true), markdown.toHtml(body),
                    questions, file.fileName(), version(file.content()));
        }

        /** The front matter title, else the first "# " heading, which then leaves the body so it is not shown twice. */
        private String title(List<Node> body) {
            Optional<String> declared = frontMatter.text("title");
            if (declared.isPresent()) {
                return declared.get();
            }
            for (Node block : body) {
                if (block instanceof Heading heading && heading.getLevel() == 1) {
                    body.remove(block);
                    return markdown.toPlainText(heading);
                }
            }
            problems.error(1, "the lesson has no title: add 'title: …' to the front matter or a '# ' heading");
            return file.fileName();
        }

        private String id() {
            Matcher numbered = NUMBERED_NAME.matcher(baseName());
            String id = frontMatter.text("id").orElse(numbered.matches() ? numbered.group(2) : baseName());
            if (!Lesson.ID_PATTERN.matcher(id).matches()) {
                problems.error(frontMatter.lineOf("id"), "invalid id '" + id + "': use lowercase letters, digits and "
                        + "single hyphens, such as 'stalins-daughter'; rename the file or set 'id:' in the front matter");
            }
            return id;
        }

        private int order() {
            Matcher numbered = NUMBERED_NAME.matcher(baseName());
            return frontMatter.integer("order").orElse(numbered.matches() ? Integer.parseInt(numbered.group(1)) : Integer.MAX_VALUE);
        }

        private String baseName() {
            return file.fileName().replaceFirst("(?i)\\.md$", "");
        }

        private String summary(List<Node> body) {
            return frontMatter.text("summary").orElseGet(() -> body.stream()
                    .filter(Paragraph.class::isInstance).findFirst()
                    .map(paragraph -> shorten(markdown.toPlainText(paragraph))).orElse(""));
        }

        private int minutes(List<Node> body) {
            Optional<Integer> declared = frontMatter.integer("minutes");
            if (declared.isPresent() && declared.get() < 1) {
                problems.error(frontMatter.lineOf("minutes"), "invalid front matter: 'minutes' must be 1 or more");
            }
            int words = body.stream().map(markdown::toPlainText).mapToInt(LessonParser::wordCount).sum();
            return declared.filter(minutes -> minutes >= 1)
                    .orElse(Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
        }

        private int pass() {
            int pass = frontMatter.integer("pass").orElse(Lesson.DEFAULT_PASS_PERCENT);
            if (pass < 0 || pass > 100) {
                problems.error(frontMatter.lineOf("pass"), "'pass' is " + pass + ", outside 0–100; give the percent needed to pass, such as 70");
                return Lesson.DEFAULT_PASS_PERCENT;
            }
            return pass;
        }

        private List<Integer> sources() {
            List<Integer> sources = frontMatter.integers("sources");
            sources.stream().filter(context::isOutsideArticle).forEach(paragraph -> problems.warning(
                    frontMatter.lineOf("sources"), "sources: ¶" + paragraph + " is outside the article (" + context.paragraphRange() + ")"));
            return sources;
        }

        private List<Question> noQuiz() {
            problems.error(1, "the lesson has no '## Quiz' section: add a '## Quiz' heading after the lesson, then the questions");
            return List.of();
        }

        private List<Question> questions(Node quizHeading, List<Node> blocks) {
            List<Question> questions = new ArrayList<>();
            Heading current = null;
            List<Node> currentBlocks = new ArrayList<>();
            int number = 0;
            for (Node block : blocks) {
                if (block instanceof Heading heading && heading.getLevel() == 3) {
                    addQuestion(questions, number, current, currentBlocks);
                    if (number == MAX_QUESTIONS) {
                        problems.error(source.lineOf(heading), "this is question " + (number + 1) + "; a quiz may have "
                                + "at most " + MAX_QUESTIONS + " questions, so split the lesson in two");
                        return questions;
                    }
                    current = heading;
                    currentBlocks = new ArrayList<>();
                    number++;
                } else if (current == null) {
                    problems.warning(source.lineOf(block), "text between '## Quiz' and the first question is not shown; "
                            + "start each question with a '### ' heading");
                } else {
                    currentBlocks.add(block);
                }
            }
            addQuestion(questions, number, current, currentBlocks);
            if (number == 0) {
                problems.error(source.lineOf(quizHeading), "the quiz has no question: add questions, each starting with a '### ' heading");
            }
            return questions;
        }

        private void addQuestion(List<Question> questions, int number, Heading heading, List<Node> blocks) {
            if (heading != null) {
                new QuestionParser(markdown, source, context, problems).parse(number, heading, blocks).ifPresent(questions::add);
            }
        }
    }

    private int indexOfQuizHeading(List<Node> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading && heading.getLevel() == 2
                    && markdown.toPlainText(heading).equalsIgnoreCase("quiz")) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
    }

    static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    static String version(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static Set<String> orderedSet(String... values) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(values)));
    }
}
