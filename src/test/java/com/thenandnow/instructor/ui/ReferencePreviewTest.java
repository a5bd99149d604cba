package com.thenandnow.instructor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.GlossaryParser;
import com.thenandnow.lesson.TimelineParser;
import com.thenandnow.lesson.ui.GlossaryList;
import com.thenandnow.lesson.ui.TimelineList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The glossary and the timeline files in the instructor area: listed with a preview link, previewed as their pages. */
class ReferencePreviewTest extends AbstractViewTest {

    @BeforeEach
    void logIn() {
        InstructorLogin.logIn();
    }

    @AfterEach
    void logOut() {
        InstructorLogin.logOut();
    }

    @Test
    void the_lesson_files_link_to_the_previews_of_the_glossary_and_the_timeline() {
        UI.getCurrent().navigate(Links.INSTRUCTOR);

        assertThat(_get(Anchor.class, spec -> spec.withText("Preview " + GlossaryParser.FILE_NAME)).getHref())
                .isEqualTo("instructor/preview/_glossary.md");
        assertThat(_get(Anchor.class, spec -> spec.withText("Preview " + TimelineParser.FILE_NAME)).getHref())
                .isEqualTo("instructor/preview/_timeline.md");
    }

    @Test
    void the_glossary_preview_shows_the_terms_as_learners_see_them() {
        UI.getCurrent().navigate(Links.preview(GlossaryParser.FILE_NAME));

        assertThat(_get(H1.class).getText()).isEqualTo("Preview: Fixture glossary");
        assertThat(_find(_get(GlossaryList.class), Term.class)).hasSize(2);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("state-note")).getText()).isEqualTo("Learners see this version.");
    }

    @Test
    void the_timeline_preview_shows_the_events_as_learners_see_them() {
        UI.getCurrent().navigate(Links.preview(TimelineParser.FILE_NAME));

        assertThat(_get(H1.class).getText()).isEqualTo("Preview: Fixture timeline");
        assertThat(_get(TimelineList.class).getChildren()).hasSize(2);
    }
}
