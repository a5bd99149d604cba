package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A broken glossary or timeline must never take the course down: for any mix of their pieces in any order, the
 * parsers answer problems at lines of the file, never an exception, and the terms they give can be marked in any
 * lesson. Inputs come from a fixed seed, so a failure repeats.
 */
class ReferenceParserRobustnessTest {

    private static final List<String> PIECES = List.of(
            "---", "title: T", "title: [a, b]", "colour: red", "...", "# Heading", "## Section", "### KGB", "###",
            "### 1967", "### June 1974", "### 31 June 1974", "### 24 February 2022", "### 2022-02-24", "### ¶ sign",
            "### information space", "### State Duma", "Some text.", "", "A definition with *emphasis*.",
            "Lesson: stalins-daughter", "Lesson: unknown", "Lesson:", "Source: ¶6, ¶7", "Source: ¶0", "Source: none",
            "Source: ¶9999999", "Also: KGB agents | the KGB", "Also: | |", "Also: duma", "Context beyond the article:",
            "Context beyond the article: the date.", "- a list", "> a quote", ">>>>>>>>>>>> deep", "| a | b |",
            "|---|---|", "<script>alert(1)</script>", "[link](javascript:alert(1))", "```", "    code", "\u00a0",
            "\uFEFF---", "😀 emoji");
    private static final String LESSON = "<h2>The KGB</h2><p>The <em>KGB</em> and the State Duma: an information\n"
            + "space, <a href=\"x\">KGB</a> <code>1967</code> June 1974.</p><ul><li>Some text 😀 emoji</li></ul>";

    @Test
    void random_glossaries_give_problems_at_their_lines_and_terms_that_can_be_marked() {
        Random random = new Random(20230522);
        for (int file = 0; file < 1_000; file++) {
            String text = randomFile(random);
            assertThatCode(() -> {
                ParsedReference<Glossary> parsed = ReferenceFixtures.glossary(text);
                assertThat(parsed.problems()).allSatisfy(problem -> assertThat(problem.line()).isBetween(1, lines(text)));
                parsed.draft().ifPresent(glossary -> new TermMarker(glossary).mark(LESSON));
            }).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void random_timelines_give_problems_at_their_lines() {
        Random random = new Random(1967);
        for (int file = 0; file < 1_000; file++) {
            String text = randomFile(random);
            assertThatCode(() -> assertThat(ReferenceFixtures.timeline(text).problems())
                    .allSatisfy(problem -> assertThat(problem.line()).isBetween(1, lines(text))))
                    .as(text).doesNotThrowAnyException();
        }
    }

    private static int lines(String text) {
        return text.split("\n", -1).length;
    }

    private static String randomFile(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "---\ntitle: T\n---\n" : "");
        int lines = random.nextInt(40);
        for (int line = 0; line < lines; line++) {
            text.append(PIECES.get(random.nextInt(PIECES.size()))).append('\n');
        }
        return text.toString();
    }
}
