package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.ui.TimelineList;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineViewTest extends AbstractViewTest {

    @Test
    void the_timeline_is_an_ordered_list_of_events_each_under_a_heading_with_its_date_in_a_time_element() {
        UI.getCurrent().navigate(Links.TIMELINE);
        TimelineList list = _get(TimelineList.class);
        List<ListItem> events = _find(list, ListItem.class);

        assertThat(list.getElement().getTag()).isEqualTo("ol");
        assertThat(events).hasSize(2);
        Element time = _get(events.get(1), H2.class).getElement().getChild(0);
        assertThat(time.getTag()).isEqualTo("time");
        assertThat(time.getText()).isEqualTo("1 January 2024");
        assertThat(time.getAttribute("datetime")).isEqualTo("2024-01-01");
        assertThat(_get(events.get(1), Html.class).getInnerHtml()).isEqualTo("<p>The made-up article appears.</p>");
        assertThat(events.get(1).getElement().getTextRecursively())
                .contains("Context beyond the article: the article gives no date of its own.", "Source: ¶3");
    }

    @Test
    void every_event_links_to_its_lesson() {
        UI.getCurrent().navigate(Links.TIMELINE);

        assertThat(_find(_get(TimelineList.class), Anchor.class)).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                tuple("The first lesson", "lessons/first-lesson"),
                tuple("The second lesson", "lessons/second-lesson"));
    }

    @Test
    void the_page_has_the_files_title() {
        UI.getCurrent().navigate(Links.TIMELINE);

        assertThat(_get(TimelineView.class).getPageTitle()).isEqualTo("Fixture timeline");
    }
}
