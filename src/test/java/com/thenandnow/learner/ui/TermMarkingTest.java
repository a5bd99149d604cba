package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.base.ui.Links;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Glossary terms in a lesson's text: marked once, focusable, with the definition as their description. */
class TermMarkingTest extends AbstractViewTest {

    private static Document lessonBody(String lessonId) {
        UI.getCurrent().navigate(Links.lesson(lessonId));
        String body = _find(Html.class).stream().filter(html -> html.getClassNames().contains("lesson-body"))
                .findFirst().orElseThrow().getInnerHtml();
        return Jsoup.parseBodyFragment(body);
    }

    @Test
    void the_first_use_of_each_term_is_focusable_and_described_by_a_tooltip_with_its_definition() {
        Document body = lessonBody("first-lesson");

        assertThat(body.select(".glossary-term")).extracting(Element::text).containsExactly("paragraphs", "emphasis");
        Element term = body.selectFirst(".glossary-term");
        Element tip = body.getElementById(term.attr("aria-describedby"));
        assertThat(term.attr("tabindex")).isEqualTo("0");
        assertThat(term.attr("role")).isEqualTo("term");
        assertThat(tip.attr("role")).isEqualTo("tooltip");
        assertThat(tip.text()).isEqualTo("A block of text; the first lesson counts them.");
        assertThat(tip.parent()).isEqualTo(term.parent());
    }

    @Test
    void every_lesson_marks_its_own_first_use_of_a_term() {
        assertThat(lessonBody("second-lesson").select(".glossary-term")).extracting(Element::text).containsExactly("paragraph");
    }
}
