package com.thenandnow.lesson;

import static com.thenandnow.lesson.ReferenceFixtures.errors;
import static com.thenandnow.lesson.ReferenceFixtures.glossary;
import static com.thenandnow.lesson.ReferenceFixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The glossary file: its terms, and every problem at its line. */
class GlossaryParserTest {

    private static List<GlossaryEntry> entries(ParsedReference<Glossary> parsed) {
        return parsed.draft().orElseThrow().entries();
    }

    @Test
    void a_term_is_read_with_its_definition_forms_lesson_sources_and_context_note() {
        ParsedReference<Glossary> parsed = glossary("""
                ---
                title: Words
                ---

                Terms of the course.

                ### KGB
                The Soviet Union's main security agency, *much feared*.

                Also: KGB agents | the KGB's
                Lesson: stalins-daughter
                Source: ¶5, ¶6
                Context beyond the article: the article does not say what it was.
                """);

        assertThat(parsed.problems()).isEmpty();
        Glossary glossary = parsed.draft().orElseThrow();
        assertThat(glossary.title()).isEqualTo("Words");
        assertThat(glossary.introHtml()).isEqualTo("<p>Terms of the course.</p>");
        assertThat(glossary.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.term()).isEqualTo("KGB");
            assertThat(entry.forms()).containsExactly("KGB", "KGB agents", "the KGB's");
            assertThat(entry.definition()).isEqualTo("The Soviet Union's main security agency, much feared.");
            assertThat(entry.definitionHtml()).isEqualTo("<p>The Soviet Union's main security agency, <em>much feared</em>.</p>");
            assertThat(entry.lesson()).hasValue("stalins-daughter");
            assertThat(entry.sources()).containsExactly(5, 6);
            assertThat(entry.beyondArticle()).hasValue("the article does not say what it was.");
            assertThat(entry.line()).isEqualTo(7);
        });
    }

    @Test
    void lines_right_under_the_definition_are_read_as_parts_and_the_parts_are_optional() {
        ParsedReference<Glossary> parsed = glossary("""
                ### Duma
                The lower house of Russia's parliament.
                lesson: stalins-daughter
                SOURCE: ¶12

                ### Kremlin
                The seat of government in Moscow.
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(entries(parsed)).extracting(GlossaryEntry::definition)
                .containsExactly("The lower house of Russia's parliament.", "The seat of government in Moscow.");
        assertThat(entries(parsed).get(0).sources()).containsExactly(12);
        assertThat(entries(parsed).get(1).lesson()).isEmpty();
        assertThat(entries(parsed).get(1).beyondArticle()).isEmpty();
    }

    @Test
    void the_title_is_the_first_level_one_heading_or_else_glossary() {
        Glossary titled = glossary("# Key words\n\nIntro.\n\n### Duma\nA parliament.\n").draft().orElseThrow();
        Glossary untitled = glossary("### Duma\nA parliament.\n").draft().orElseThrow();

        assertThat(titled.title()).isEqualTo("Key words");
        assertThat(titled.introHtml()).isEqualTo("<p>Intro.</p>");
        assertThat(untitled.title()).isEqualTo("Glossary");
        assertThat(untitled.introHtml()).isEmpty();
    }

    @Test
    void terms_are_listed_alphabetically_ignoring_case_and_accents() {
        Glossary glossary = glossary("### glasnost\nOpenness.\n\n### Émigré\nOne who left.\n\n### Duma\nA parliament.\n")
                .draft().orElseThrow();

        assertThat(glossary.alphabetical()).extracting(GlossaryEntry::term).containsExactly("Duma", "Émigré", "glasnost");
    }

    @Test
    void a_term_without_a_definition_is_an_error_at_its_heading_and_is_left_out() {
        ParsedReference<Glossary> parsed = glossary("""
                ### Duma
                Lesson: stalins-daughter

                ### Kremlin
                The seat of government.
                """);

        assertThat(errors(parsed)).containsExactly("1: the term 'Duma' has no definition; write it in a paragraph under the heading");
        assertThat(entries(parsed)).extracting(GlossaryEntry::term).containsExactly("Kremlin");
    }

    @Test
    void a_heading_without_a_term_is_an_error() {
        ParsedReference<Glossary> parsed = glossary("###\nA definition without a term.\n");

        assertThat(errors(parsed)).containsExactly("1: this entry has no term: write it in the '### ' heading, such as '### KGB'");
    }

    @Test
    void a_term_defined_twice_is_an_error_at_the_second_ignoring_case() {
        ParsedReference<Glossary> parsed = glossary("### KGB\nAn agency.\n\n### kgb\nThe same agency.\n");

        assertThat(errors(parsed)).containsExactly(
                "4: 'kgb' is already in the glossary, under 'KGB' on line 1; keep one entry per term");
        assertThat(entries(parsed)).extracting(GlossaryEntry::term).containsExactly("KGB");
    }

    @Test
    void a_form_that_another_term_has_is_an_error_at_its_also_line() {
        ParsedReference<Glossary> parsed = glossary("""
                ### Duma
                The lower house.

                ### Parliament
                A body of elected members.
                Also: parliaments | duma
                """);

        assertThat(errors(parsed)).containsExactly(
                "6: 'duma' is already in the glossary, under 'Duma' on line 1; keep one entry per term");
    }

    @Test
    void an_empty_form_is_an_error_and_so_is_one_not_starting_with_a_letter_or_digit() {
        ParsedReference<Glossary> parsed = glossary("### Defector\nSomeone who left.\nAlso: defectors | |\n\n### ¶\nA paragraph sign.\n");

        assertThat(errors(parsed)).containsExactly(
                "3: 'Also: defectors | |' has an empty form; list other forms of the term split by '|', such as "
                        + "'Also: defectors | defected'",
                "5: '¶' does not start with a letter or a digit; lessons mark whole words, so start the term with one");
    }

    @Test
    void a_lesson_the_course_does_not_have_is_an_error_at_its_line_naming_the_known_lessons() {
        ParsedReference<Glossary> parsed = glossary("### Duma\nA parliament.\nLesson: the-duma\n\n### KGB\nAn agency.\nLesson:\n");

        assertThat(errors(parsed)).containsExactly(
                "3: 'Lesson: the-duma' names an unknown lesson; known lessons: stalins-daughter, the-dancers",
                "7: 'Lesson:' names no lesson; known lessons: stalins-daughter, the-dancers");
        assertThat(parsed.draft()).hasValueSatisfying(glossary -> assertThat(glossary.entries()).isEmpty());
    }

    @Test
    void a_part_given_twice_is_an_error_at_the_second() {
        ParsedReference<Glossary> parsed = glossary("### Duma\nA parliament.\nSource: ¶12\nSource: ¶11\n");

        assertThat(errors(parsed)).containsExactly("4: this term has a second 'Source:' line (the first is on line 3); keep one");
    }

    @Test
    void a_source_outside_the_article_or_naming_no_paragraph_is_a_warning_and_the_term_stays() {
        ParsedReference<Glossary> parsed = glossary("### Duma\nA parliament.\nSource: ¶16\n\n### KGB\nAn agency.\nSource: the end\n");

        assertThat(warnings(parsed)).containsExactly(
                "3: Source: ¶16 is outside the article (¶1 to ¶15); check the paragraph number",
                "7: 'Source:' names no paragraph; write e.g. 'Source: ¶6' or 'Source: ¶6, ¶7'");
        assertThat(entries(parsed)).hasSize(2);
    }

    @Test
    void a_definition_of_more_than_sixty_words_is_a_warning() {
        ParsedReference<Glossary> parsed = glossary("### Duma\n" + "word ".repeat(61) + "\n");

        assertThat(warnings(parsed)).containsExactly("1: the definition of 'Duma' has more than 60 words; keep it short, "
                + "as lessons show it in a tooltip over the term");
    }

    @Test
    void blocks_other_than_paragraphs_in_a_term_are_a_warning_and_not_shown() {
        ParsedReference<Glossary> parsed = glossary("### Duma\nA parliament.\n\n- with a list\n\n> and a quote\n");

        assertThat(warnings(parsed)).containsExactly(
                "4: only paragraphs and lines such as 'Source: ¶6' are read in a term; this block is not shown, so "
                        + "write it as a paragraph or leave it out",
                "6: only paragraphs and lines such as 'Source: ¶6' are read in a term; this block is not shown, so "
                        + "write it as a paragraph or leave it out");
        assertThat(entries(parsed).get(0).definitionHtml()).isEqualTo("<p>A parliament.</p>");
    }

    @Test
    void an_unknown_front_matter_key_is_a_warning() {
        ParsedReference<Glossary> parsed = glossary("---\ntitle: Words\ncolour: red\n---\n\n### Duma\nA parliament.\n");

        assertThat(warnings(parsed)).containsExactly("3: unknown front matter key 'colour' is ignored; known keys: title");
    }

    @Test
    void a_file_that_is_not_utf8_is_an_error_and_gives_no_draft() {
        byte[] latin1 = "### Émigré\nOne who left.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ParsedReference<Glossary> parsed = new GlossaryParser(LessonFixtures.MARKDOWN)
                .parse(LessonFixtures.source(GlossaryParser.FILE_NAME, latin1), ReferenceFixtures.ARTICLE, ReferenceFixtures.LESSON_IDS);

        assertThat(errors(parsed)).singleElement().asString().startsWith("1: the file is not valid UTF-8 (byte 0xC9)");
        assertThat(parsed.draft()).isEmpty();
    }

    @Test
    void quotes_nested_too_deep_are_an_error_and_give_no_draft() {
        ParsedReference<Glossary> parsed = glossary("### Duma\nA parliament.\n\n" + ">".repeat(12) + " deep\n");

        assertThat(errors(parsed)).singleElement().asString().startsWith("4: lists and block quotes are nested more than 10");
        assertThat(parsed.draft()).isEmpty();
    }

    @Test
    void more_than_three_hundred_terms_is_an_error_at_term_three_hundred_and_one() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 301; i++) {
            text.append("### Term ").append(i).append("\nA definition.\n\n");
        }
        ParsedReference<Glossary> parsed = glossary(text.toString());

        assertThat(errors(parsed)).containsExactly("901: this is term 301; a file may have at most 300 terms, so keep "
                + "the ones the course needs");
        assertThat(entries(parsed)).hasSize(300);
    }
}
