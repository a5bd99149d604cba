package com.thenandnow.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

class SmokeTest extends AbstractViewTest {

    @Test
    void home_shows_the_course_title() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class, spec -> spec.withText("Then & Now")).getText()).isEqualTo("Then & Now");
    }
}
