package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real course in lessons/ (lessons, glossary and timeline) meets the course's own bar, not only the format's. */
class CourseContentTest {

    private static final int ARTICLE_PARAGRAPHS = 15;
    private static Course course;

    @BeforeAll
    static void loadTheRealCourse() throws Exception {
        course = new CourseLoader(Path.of("lessons"), Clock.systemUTC(), new MarkdownRenderer()).load();
    }

    @Test
    void the_course_loads_with_no_error_and_no_warning() {
        assertThat(course.problems()).isEmpty();
    }

    @Test
    void the_course_file_cites_the_article_and_declares_its_paragraphs() {
        assertThat(course.info().paragraphs()).hasValue(ARTICLE_PARAGRAPHS);
        assertThat(course.info().source()).contains("Kalandarov").contains("2023").containsIgnoringCase("opinion");
        assertThat(course.info().welcomeHtml()).containsIgnoringCase("author");
    }

    @Test
    void the_course_has_six_to_eight_lessons_of_three_to_six_minutes() {
        assertThat(course.lessons()).hasSizeBetween(6, 8);
        assertThat(course.lessons()).allSatisfy(lesson -> assertThat(lesson.minutes()).isBetween(3, 6));
    }

    @Test
    void every_quiz_has_five_to_eight_questions_of_at_least_three_kinds() {
        assertThat(course.lessons()).allSatisfy(lesson -> {
            assertThat(lesson.questions()).as(lesson.id()).hasSizeBetween(5, 8);
            assertThat(kindsOf(List.of(lesson))).as(lesson.id()).hasSizeGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void every_kind_of_question_is_used_in_the_course() {
        assertThat(kindsOf(course.lessons())).isEqualTo(EnumSet.allOf(QuestionKind.class));
    }

    @Test
    void every_question_has_an_explanation_and_a_source_within_the_article() {
        course.lessons().stream().flatMap(lesson -> lesson.questions().stream()).forEach(question -> {
            assertThat(question.text().hasExplanation()).as(question.text().prompt()).isTrue();
            assertThat(question.text().sources()).as(question.text().prompt()).isNotEmpty()
                    .allSatisfy(paragraph -> assertThat(paragraph).isBetween(1, ARTICLE_PARAGRAPHS));
        });
    }

    @Test
    void only_some_lessons_are_locked_and_the_first_is_open() {
        assertThat(course.lessons().get(0).requires()).isEmpty();
        assertThat(course.lessons().stream().filter(lesson -> lesson.requires().isEmpty()).count())
                .isGreaterThan(course.lessons().size() / 2);
    }

    @Test
    void both_files_are_live_without_a_problem() {
        assertThat(Stream.of(GlossaryParser.FILE_NAME, TimelineParser.FILE_NAME).map(name -> course.file(name).orElseThrow()))
                .allSatisfy(file -> {
                    assertThat(file.state()).as(file.fileName()).isEqualTo(FileState.LIVE);
                    assertThat(file.problems()).as(file.fileName()).isEmpty();
                });
    }

    @Test
    void the_glossary_has_at_least_fifteen_terms_each_with_a_source_within_the_article_and_a_lesson() {
        assertThat(course.glossary().entries()).hasSizeGreaterThanOrEqualTo(15).allSatisfy(entry -> {
            assertThat(entry.sources()).as(entry.term()).isNotEmpty().allSatisfy(paragraph ->
                    assertThat(paragraph).isBetween(1, ARTICLE_PARAGRAPHS));
            assertThat(entry.lesson()).as(entry.term()).isPresent();
        });
    }

    @Test
    void the_timeline_has_at_least_twelve_events_from_1953_to_2023_each_with_a_source_within_the_article() {
        List<TimelineEvent> events = course.timeline().events();

        assertThat(events).hasSizeGreaterThanOrEqualTo(12).allSatisfy(event -> assertThat(event.sources())
                .as(event.date().text()).isNotEmpty().allSatisfy(paragraph -> assertThat(paragraph).isBetween(1, ARTICLE_PARAGRAPHS)));
        assertThat(events.get(0).date().year()).isEqualTo(1953);
        assertThat(events.get(events.size() - 1).date().year()).isEqualTo(2023);
    }

    @Test
    void every_lesson_named_by_a_term_or_an_event_is_a_live_lesson_of_the_course() {
        Set<String> lessons = course.lessons().stream().map(Lesson::id).collect(Collectors.toSet());

        assertThat(Stream.concat(course.glossary().entries().stream().flatMap(entry -> entry.lesson().stream()),
                course.timeline().events().stream().map(TimelineEvent::lesson))).allSatisfy(id -> assertThat(lessons).contains(id));
    }

    @Test
    void context_beyond_the_article_is_always_explained() {
        assertThat(Stream.concat(course.glossary().entries().stream().map(GlossaryEntry::beyondArticle),
                course.timeline().events().stream().map(TimelineEvent::beyondArticle)).flatMap(Optional::stream))
                .isNotEmpty().allSatisfy(note -> assertThat(note).isNotBlank());
    }

    @Test
    void every_term_is_marked_in_at_least_one_lesson() {
        String bodies = course.lessons().stream().map(Lesson::bodyHtml).collect(Collectors.joining());

        assertThat(course.glossary().entries()).allSatisfy(entry -> assertThat(bodies).as(entry.term())
                .contains("id=\"" + TermMarker.TIP_ID_PREFIX + course.glossary().entries().indexOf(entry) + "\""));
    }

    private static Set<QuestionKind> kindsOf(List<Lesson> lessons) {
        return lessons.stream().flatMap(lesson -> lesson.questions().stream()).map(Question::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionKind.class)));
    }
}
