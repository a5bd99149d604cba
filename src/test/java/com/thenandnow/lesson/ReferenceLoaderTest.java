package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.validLesson;
import static com.thenandnow.lesson.LessonFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary and the timeline in the course snapshot, across loads: which version is live, and terms in lessons. */
class ReferenceLoaderTest {

    private static final String GLOSSARY = "### Duma\nThe lower house of parliament.\nLesson: duma\nSource: ¶12\n";
    private static final String TIMELINE = "### 2022\nThe invasion begins.\nLesson: duma\nSource: ¶11\n";
    private static final String BROKEN = "### Duma\nLesson: duma\n";

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private CourseLoader loader() {
        return new CourseLoader(folder, clock, LessonFixtures.MARKDOWN);
    }

    @BeforeEach
    void aLessonAboutTheDuma() {
        write(folder, "01-duma.md", validLesson("The Duma").replace("Some words to read.", "The Duma met. The Duma voted."));
    }

    @Test
    void the_glossary_and_the_timeline_are_in_the_snapshot_with_their_files() throws IOException {
        write(folder, GlossaryParser.FILE_NAME, GLOSSARY);
        write(folder, TimelineParser.FILE_NAME, TIMELINE);

        Course course = loader().load();

        assertThat(course.glossary().entries()).extracting(GlossaryEntry::term).containsExactly("Duma");
        assertThat(course.timeline().events()).extracting(TimelineEvent::event).containsExactly("The invasion begins.");
        assertThat(course.referenceDrafts()).isEqualTo(course.reference());
        assertThat(course.files()).extracting(LessonFile::fileName)
                .containsExactly("01-duma.md", GlossaryParser.FILE_NAME, TimelineParser.FILE_NAME);
        assertThat(course.files()).extracting(LessonFile::state).containsOnly(FileState.LIVE);
        assertThat(course.file(GlossaryParser.FILE_NAME).orElseThrow().kind()).isEqualTo(FileKind.GLOSSARY);
        assertThat(course.problems()).isEmpty();
    }

    @Test
    void live_lessons_have_the_glossary_terms_marked_once_and_their_files_keep_the_lesson_as_parsed() throws IOException {
        write(folder, GlossaryParser.FILE_NAME, GLOSSARY);

        Course course = loader().load();
        String body = course.lesson("duma").orElseThrow().bodyHtml();

        assertThat(body).containsOnlyOnce("class=\"glossary-term\"").contains("The lower house of parliament.");
        assertThat(course.file("01-duma.md").orElseThrow().live().orElseThrow().bodyHtml())
                .isEqualTo("<p>The Duma met. The Duma voted.</p>");
    }

    @Test
    void without_the_files_the_course_has_an_empty_glossary_and_timeline() throws IOException {
        Course course = loader().load();

        assertThat(course.reference()).isEqualTo(CourseReference.NONE);
        assertThat(course.lesson("duma").orElseThrow().bodyHtml()).doesNotContain("glossary");
    }

    @Test
    void a_glossary_saved_with_an_error_keeps_its_last_good_version_live_and_its_draft_previewable() throws IOException {
        CourseLoader loader = loader();
        write(folder, GlossaryParser.FILE_NAME, GLOSSARY + "\n### KGB\nAn agency.\n");
        loader.load();

        write(folder, GlossaryParser.FILE_NAME, BROKEN + "\n### KGB\nAn agency.\n");
        Course course = loader.load();

        assertThat(course.file(GlossaryParser.FILE_NAME).orElseThrow().state()).isEqualTo(FileState.LAST_GOOD_VERSION);
        assertThat(course.glossary().entries()).extracting(GlossaryEntry::term).containsExactly("Duma", "KGB");
        assertThat(course.referenceDrafts().glossary().entries()).extracting(GlossaryEntry::term).containsExactly("KGB");
        assertThat(course.lesson("duma").orElseThrow().bodyHtml()).contains("glossary-term");
    }

    @Test
    void a_timeline_with_an_error_from_the_start_is_not_live_and_a_fixed_one_goes_live() throws IOException {
        CourseLoader loader = loader();
        write(folder, TimelineParser.FILE_NAME, "### Someday\nAn event.\nLesson: duma\n");
        Course broken = loader.load();

        write(folder, TimelineParser.FILE_NAME, TIMELINE);
        Course fixed = loader.load();

        assertThat(broken.file(TimelineParser.FILE_NAME).orElseThrow().state()).isEqualTo(FileState.NOT_LIVE);
        assertThat(broken.timeline().isEmpty()).isTrue();
        assertThat(fixed.file(TimelineParser.FILE_NAME).orElseThrow().state()).isEqualTo(FileState.LIVE);
        assertThat(fixed.timeline().events()).hasSize(1);
    }

    @Test
    void a_deleted_glossary_takes_its_last_good_version_with_it() throws IOException {
        CourseLoader loader = loader();
        write(folder, GlossaryParser.FILE_NAME, GLOSSARY);
        loader.load();
        Files.delete(folder.resolve(GlossaryParser.FILE_NAME));
        loader.load();

        write(folder, GlossaryParser.FILE_NAME, BROKEN);

        assertThat(loader.load().glossary().isEmpty()).isTrue();
    }

    @Test
    void renaming_a_lesson_that_the_timeline_names_is_an_error_of_the_timeline_which_keeps_its_last_good_version()
            throws IOException {
        CourseLoader loader = loader();
        write(folder, TimelineParser.FILE_NAME, TIMELINE);
        loader.load();

        Files.move(folder.resolve("01-duma.md"), folder.resolve("01-parliament.md"));
        Course course = loader.load();

        assertThat(course.file(TimelineParser.FILE_NAME).orElseThrow().problems()).extracting(Problem::toString)
                .containsExactly(folder.resolve(TimelineParser.FILE_NAME) + ":3: error: 'Lesson: duma' names an unknown "
                        + "lesson; known lessons: parliament");
        assertThat(course.timeline().events()).hasSize(1);
    }

    @Test
    void a_glossary_that_cannot_be_read_is_an_error_of_that_file_alone() throws IOException {
        write(folder, GlossaryParser.FILE_NAME, GLOSSARY);
        LessonFolder.Reader reader = LessonFixtures.failingToRead(GlossaryParser.FILE_NAME, new AccessDeniedException("x"));
        CourseLoader loader = LessonFixtures.loader(folder, clock, reader, new LessonParser(LessonFixtures.MARKDOWN)::parse);

        Course course = loader.load();

        assertThat(course.lessons()).hasSize(1);
        assertThat(course.file(GlossaryParser.FILE_NAME).orElseThrow().problems()).singleElement().asString()
                .startsWith(folder.resolve(GlossaryParser.FILE_NAME) + ": error: cannot read the file (AccessDeniedException");
    }

    @Test
    void a_bug_met_while_parsing_is_an_error_at_line_one_of_that_file() {
        ReferenceSlot<Glossary> slot = new ReferenceSlot<>(Glossary.EMPTY, (file, inputs) -> {
            throw new IllegalStateException("a bug");
        });
        LessonFolder.FileRead read = new LessonFolder.FileRead(ReferenceFixtures.source(GlossaryParser.FILE_NAME, GLOSSARY),
                Optional.empty());

        ReferenceSlot.Outcome<Glossary> outcome = slot.load(Optional.of(read),
                new ReferenceLoader.Inputs(Optional.of(read), Optional.empty(), ParseContext.STANDALONE, Set.of()));

        assertThat(outcome.live()).isEqualTo(Glossary.EMPTY);
        assertThat(outcome.file(List.of(), file -> Instant.EPOCH).orElseThrow().problems()).singleElement().asString()
                .startsWith("lessons/_glossary.md:1: error: this file could not be read because of an error in the app "
                        + "(java.lang.IllegalStateException: a bug");
    }

    @Test
    void other_files_starting_with_an_underscore_are_still_ignored() throws IOException {
        write(folder, "_draft-glossary.md", BROKEN);

        assertThat(loader().load().files()).extracting(LessonFile::fileName).containsExactly("01-duma.md");
    }
}
