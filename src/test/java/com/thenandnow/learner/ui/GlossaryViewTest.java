package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.ui.GlossaryList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Nav;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryViewTest extends AbstractViewTest {

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void the_glossary_lists_every_term_alphabetically_with_its_definition_lesson_and_source() {
        UI.getCurrent().navigate(Links.GLOSSARY);
        GlossaryList list = _get(GlossaryList.class);
        List<Description> descriptions = _find(list, Description.class);

        assertThat(_find(list, Term.class)).extracting(Term::getText).containsExactly("Emphasis", "Paragraph");
        assertThat(_get(descriptions.get(1), Html.class).getInnerHtml()).contains("A block of text; the first lesson counts them.");
        assertThat(_get(descriptions.get(1), Anchor.class)).satisfies(lesson -> {
            assertThat(lesson.getText()).isEqualTo("The first lesson");
            assertThat(lesson.getHref()).isEqualTo("lessons/first-lesson");
        });
        assertThat(text(descriptions.get(1))).contains("Lesson: The first lesson · Source: ¶1").doesNotContain("Context");
    }

    @Test
    void a_term_beyond_the_article_says_so_with_its_note() {
        UI.getCurrent().navigate(Links.GLOSSARY);
        Description emphasis = _find(_get(GlossaryList.class), Description.class).get(0);

        assertThat(text(emphasis)).contains("Context beyond the article: the made-up article does not define it.");
    }

    @Test
    void the_page_has_the_files_title_and_introduction() {
        UI.getCurrent().navigate(Links.GLOSSARY);

        assertThat(_get(GlossaryView.class).getPageTitle()).isEqualTo("Fixture glossary");
        assertThat(_find(Html.class)).anySatisfy(html -> assertThat(html.getInnerHtml()).isEqualTo("<p>Words the fixture lessons use.</p>"));
    }

    @Test
    void the_main_navigation_and_the_home_page_link_to_the_glossary_and_the_timeline() {
        UI.getCurrent().navigate("");

        for (String page : List.of("Glossary", "Timeline")) {
            assertThat(_find(_get(Nav.class, spec -> spec.withClasses("main-nav")), Anchor.class, spec -> spec.withText(page)))
                    .singleElement()
                    .satisfies(link -> assertThat(link.getHref()).isEqualTo(page.toLowerCase()));
            assertThat(_find(_get(CourseView.class), Anchor.class, spec -> spec.withText(page))).singleElement()
                    .satisfies(link -> assertThat(link.getHref()).isEqualTo(page.toLowerCase()));
        }
    }
}
