package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Glossary terms marked in a lesson's HTML: once, as whole words, outside links, headings and code. */
class TermMarkerTest {

    private static final Glossary GLOSSARY = new Glossary("Glossary", "", List.of(
            entry("KGB", "The Soviet security agency."),
            entry("Duma", "The lower house of parliament.", "State Duma"),
            entry("Information space", "News that reaches people."),
            entry("Defector", "Someone who <left>.", "defectors")));

    private static GlossaryEntry entry(String term, String definition, String... also) {
        List<String> forms = new ArrayList<>(List.of(term));
        forms.addAll(List.of(also));
        return new GlossaryEntry(term, forms, definition, "<p>" + definition + "</p>", Optional.empty(), List.of(),
                Optional.empty(), 1);
    }

    private static String mark(String html) {
        return new TermMarker(GLOSSARY).mark(html);
    }

    private static Elements terms(String html) {
        return Jsoup.parseBodyFragment(mark(html)).select(".glossary-term");
    }

    @Test
    void the_first_occurrence_is_a_focusable_term_described_by_its_definition_as_a_tooltip() {
        Element glossary = Jsoup.parseBodyFragment(mark("<p>Agents of the KGB followed them.</p>")).selectFirst(".glossary");

        Element term = glossary.selectFirst(".glossary-term");
        Element tip = glossary.selectFirst(".glossary-tip");
        assertThat(term.text()).isEqualTo("KGB");
        assertThat(term.attr("role")).isEqualTo("term");
        assertThat(term.attr("tabindex")).isEqualTo("0");
        assertThat(tip.attr("role")).isEqualTo("tooltip");
        assertThat(tip.id()).isEqualTo(term.attr("aria-describedby")).isEqualTo("glossary-tip-0");
        assertThat(tip.text()).isEqualTo("The Soviet security agency.");
        tip.remove();
        assertThat(glossary.parent().text()).isEqualTo("Agents of the KGB followed them.");
    }

    @Test
    void only_the_first_occurrence_of_a_term_is_marked() {
        assertThat(terms("<p>The KGB and the KGB.</p><p>Again the KGB.</p>")).hasSize(1);
    }

    @Test
    void case_is_ignored_and_the_text_keeps_its_own_case() {
        assertThat(terms("<p>The kgb watched.</p>")).extracting(Element::text).containsExactly("kgb");
    }

    @Test
    void parts_of_longer_words_are_not_terms_but_a_following_apostrophe_ends_the_word() {
        assertThat(terms("<p>KGBX and Dumas, then the KGB's agents.</p>")).extracting(Element::text).containsExactly("KGB");
    }

    @Test
    void another_form_marks_its_term_and_the_longest_form_wins() {
        assertThat(terms("<p>Two defectors met the State Duma.</p>")).extracting(Element::text)
                .containsExactly("defectors", "State Duma");
    }

    @Test
    void a_term_of_several_words_matches_across_a_line_break() {
        assertThat(terms("<p>the Russian information\nspace is closed</p>")).extracting(Element::text)
                .containsExactly("information space");
    }

    @Test
    void terms_in_links_headings_and_code_are_not_marked_but_a_later_use_is() {
        String html = mark("<h2>The KGB</h2><p><a href=\"x\">KGB</a> <code>KGB</code></p><pre>KGB</pre><p>Then <em>the KGB</em>.</p>");

        Elements terms = Jsoup.parseBodyFragment(html).select(".glossary-term");
        assertThat(terms).singleElement().satisfies(term -> assertThat(term.parent().parent().tagName()).isEqualTo("em"));
    }

    @Test
    void definitions_are_text_not_markup() {
        String html = mark("<p>A defector.</p>");

        assertThat(html).contains("Someone who &lt;left&gt;.").doesNotContain("<left>");
    }

    @Test
    void marked_html_keeps_characters_beyond_latin_1_as_references() {
        String html = mark("<p>The KGB &#x2014; a state agency.</p>");

        assertThat(html).contains("KGB</span>", " &#x2014; a state agency.").doesNotContain("\u2014");
    }

    @Test
    void html_without_any_term_is_returned_unchanged() {
        String html = "<p>Nothing   to   mark <strong>here</strong>.</p>";

        assertThat(mark(html)).isSameAs(html);
        assertThat(new TermMarker(Glossary.EMPTY).mark("<p>KGB</p>")).isEqualTo("<p>KGB</p>");
    }
}
