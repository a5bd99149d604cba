package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every learner route opens and shows its heading. */
class SmokeTest extends AbstractViewTest {

    @ParameterizedTest
    @CsvSource({
            "'', Fixture Course",
            "lessons/first-lesson, The first lesson",
            "lessons/first-lesson/quiz, Quiz: The first lesson",
            "progress, My progress",
            "review, Review",
            "complete, Course not complete yet",
            "glossary, Fixture glossary",
            "timeline, Fixture timeline",
            "lessons/no-such-lesson, Page not found",
            "lessons/no-such-lesson/quiz, Page not found",
            "login, Then & Now"})
    void every_route_opens(String route, String heading) {
        UI.getCurrent().navigate(route);
        assertThat(_get(H1.class, spec -> spec.withText(heading)).isVisible()).isTrue();
    }
}
