package com.thenandnow.lesson;

import static com.thenandnow.lesson.ReferenceFixtures.errors;
import static com.thenandnow.lesson.ReferenceFixtures.timeline;
import static com.thenandnow.lesson.ReferenceFixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline file: its events, and every problem at its line. */
class TimelineParserTest {

    private static List<TimelineEvent> events(ParsedReference<Timeline> parsed) {
        return parsed.draft().orElseThrow().events();
    }

    @Test
    void an_event_is_read_with_its_date_text_lesson_sources_and_context_note() {
        ParsedReference<Timeline> parsed = timeline("""
                ---
                title: Dates
                ---

                The course in order.

                ### June 1961
                Rudolf Nureyev defects while on tour in *France*.

                Lesson: the-dancers
                Source: ¶6, ¶7
                Context beyond the article: the date.
                """);

        assertThat(parsed.problems()).isEmpty();
        Timeline timeline = parsed.draft().orElseThrow();
        assertThat(timeline.title()).isEqualTo("Dates");
        assertThat(timeline.introHtml()).isEqualTo("<p>The course in order.</p>");
        assertThat(timeline.events()).singleElement().satisfies(event -> {
            assertThat(event.date().text()).isEqualTo("June 1961");
            assertThat(event.date().datetime()).isEqualTo("1961-06");
            assertThat(event.event()).isEqualTo("Rudolf Nureyev defects while on tour in France.");
            assertThat(event.eventHtml()).isEqualTo("<p>Rudolf Nureyev defects while on tour in <em>France</em>.</p>");
            assertThat(event.lesson()).isEqualTo("the-dancers");
            assertThat(event.sources()).containsExactly(6, 7);
            assertThat(event.beyondArticle()).hasValue("the date.");
            assertThat(event.line()).isEqualTo(7);
        });
    }

    @Test
    void events_keep_the_order_of_the_file_and_the_title_defaults_to_timeline() {
        ParsedReference<Timeline> parsed = timeline("""
                ### 1961
                Nureyev defects.
                Lesson: the-dancers
                Source: ¶6

                ### June 1961
                Also in 1961, as a month.
                Lesson: the-dancers
                Source: ¶6

                ### 1967
                Alliluyeva defects.
                Lesson: stalins-daughter
                Source: ¶6
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.draft().orElseThrow().title()).isEqualTo("Timeline");
        assertThat(events(parsed)).extracting(event -> event.date().text()).containsExactly("1961", "June 1961", "1967");
    }

    @Test
    void a_heading_that_is_not_a_date_is_an_error_and_the_event_is_left_out() {
        ParsedReference<Timeline> parsed = timeline("""
                ### The 1960s
                Diplomats bring defectors over.
                Lesson: the-dancers
                Source: ¶9

                ### 31 June 1974
                A day that does not exist.
                Lesson: the-dancers
                Source: ¶10
                """);

        assertThat(errors(parsed)).containsExactly(
                "1: 'The 1960s' is not a date; write a year (1967), a month and a year (June 1974) or a day (24 February 2022)",
                "6: '31 June 1974' is not a date; write a year (1967), a month and a year (June 1974) or a day (24 February 2022)");
        assertThat(events(parsed)).isEmpty();
    }

    @Test
    void an_event_without_a_description_is_an_error_at_its_date() {
        ParsedReference<Timeline> parsed = timeline("### 1967\nLesson: stalins-daughter\nSource: ¶6\n");

        assertThat(errors(parsed)).containsExactly("1: the event of '1967' has no description; write it in a paragraph under the date");
    }

    @Test
    void an_event_without_a_lesson_or_with_an_unknown_one_is_an_error() {
        ParsedReference<Timeline> parsed = timeline("""
                ### 1967
                Alliluyeva defects.
                Source: ¶6

                ### 1974
                Baryshnikov defects.
                Lesson: baryshnikov
                Source: ¶10
                """);

        assertThat(errors(parsed)).containsExactly(
                "1: this event names no lesson; add a line such as 'Lesson: stalins-daughter' to link it to the lesson "
                        + "that tells it",
                "7: 'Lesson: baryshnikov' names an unknown lesson; known lessons: stalins-daughter, the-dancers");
    }

    @Test
    void an_event_with_neither_a_source_nor_a_context_note_is_a_warning() {
        ParsedReference<Timeline> parsed = timeline("""
                ### 1967
                Alliluyeva defects.
                Lesson: stalins-daughter

                ### 1984
                She goes back.
                Lesson: stalins-daughter
                Context beyond the article:
                """);

        assertThat(warnings(parsed)).containsExactly("1: this event names no paragraph of the article; add 'Source: ¶N', "
                + "or a line 'Context beyond the article: …' when the article does not report it");
        assertThat(events(parsed).get(1).beyondArticle()).hasValue("");
    }

    @Test
    void an_event_dated_wholly_before_the_one_above_it_is_a_warning() {
        ParsedReference<Timeline> parsed = timeline("""
                ### 1974
                Baryshnikov defects.
                Lesson: the-dancers
                Source: ¶10

                ### 1967
                Alliluyeva defects.
                Lesson: stalins-daughter
                Source: ¶6
                """);

        assertThat(warnings(parsed)).containsExactly("6: 1967 comes before 1974 (line 1); the timeline shows events in the "
                + "order of the file, so put them in date order");
        assertThat(events(parsed)).hasSize(2);
    }

    @Test
    void an_also_line_in_an_event_is_a_warning() {
        ParsedReference<Timeline> parsed = timeline("### 1967\nAlliluyeva defects.\nAlso: 1967 defection\nLesson: stalins-daughter\nSource: ¶6\n");

        assertThat(warnings(parsed)).containsExactly("3: 'Also:' gives other forms of a glossary term; a timeline event "
                + "has none, so this line is ignored");
    }

    @Test
    void a_source_outside_the_article_is_a_warning() {
        ParsedReference<Timeline> parsed = timeline("### 2023\nThe article appears.\nLesson: stalins-daughter\nSource: ¶0\n");

        assertThat(warnings(parsed)).containsExactly("4: Source: ¶0 is outside the article (¶1 to ¶15); check the paragraph number");
    }
}
