package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A broken file must never take the course down: the parser answers problems, never an exception,
 * for any mix of the format's pieces in any order. Inputs come from a fixed seed, so a failure repeats.
 */
class LessonParserRobustnessTest {

    private static final List<String> PIECES = List.of(
            "---", "title: T", "title: [a, b]", "id: Bad Id", "pass: 200", "minutes: -1", "sources: [1, x]",
            "requires: {a: b}", "shuffle: maybe", "order: 99999999999", ": :", "  - nested", "...",
            "# Heading", "## Quiz", "## quiz", "### A question?", "###", "Some text.", "",
            "- ( ) option", "- (x) right", "- [ ] box", "- [x] checked", "- left -> right", "- left → right",
            "- -> ", "- plain item", "  > feedback", "> explanation", ">", "1. first", "2. second", "1.",
            "Hint: think", "Hint:", "Answer: 1967", "Answer: 1967 ± soon", "Answer: 1 +/- -2", "Answer: a || b",
            "Answer:", "Answer: true", "Answer: x | y", "Source: ¶6, ¶7", "Source: ¶0", "Source: none",
            "![](images/missing.png)", "![alt](../../etc/passwd)", "| a | b |", "|---|---|", "| 1 | 2 |",
            "<script>alert(1)</script>", "[link](javascript:alert(1))", "```", "    code", "\t- tab item",
            "\u00a0", "\uFEFF---", "😀 emoji", "Answer: ±", "- (X) upper", "- [X] upper");

    private final LessonParser parser = new LessonParser(new MarkdownRenderer());
    private final ParseContext context = new ParseContext(OptionalInt.of(15), asset -> false);

    @Test
    void random_mixes_of_the_format_give_problems_not_exceptions() {
        Random random = new Random(20230522);
        for (int file = 0; file < 3_000; file++) {
            String text = randomLesson(random);
            assertThatCode(() -> parse(text)).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void problems_always_point_at_a_line_of_the_file() {
        Random random = new Random(1967);
        for (int file = 0; file < 1_000; file++) {
            String text = randomLesson(random);
            int lines = text.split("\n", -1).length;
            assertThat(parse(text).problems()).as(text).allSatisfy(problem -> assertThat(problem.line()).isBetween(1, lines));
        }
    }

    private ParsedLesson parse(String text) {
        return parser.parse(new LessonSource("01-fuzz.md", "lessons/01-fuzz.md", text.getBytes(StandardCharsets.UTF_8)), context);
    }

    private static String randomLesson(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "---\ntitle: T\n---\n" : "");
        int lines = random.nextInt(40);
        for (int line = 0; line < lines; line++) {
            text.append(PIECES.get(random.nextInt(PIECES.size()))).append('\n');
        }
        return text.toString();
    }
}
