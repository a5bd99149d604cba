package com.thenandnow.instructor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.base.ui.Links;
import com.thenandnow.lesson.LessonLibrary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The instructor area over a lessons folder of its own, with a file that has an error. */
class InstructorBrokenCourseTest extends AbstractViewTest {

    static final String GOOD = """
            ---
            title: A good lesson
            ---

            Text.

            ## Quiz

            ### Is this lesson fine?
            Answer: true

            > It is.
            """;

    /** Question 1 has no (x) option: an error on line 10. Question 2 is well formed. */
    static final String BROKEN = """
            ---
            title: A broken lesson
            ---

            Text.

            ## Quiz

            ### Which option is right?
            - ( ) This one
            - ( ) That one

            > Neither is marked.

            ### In what year did Nureyev defect?
            Answer: 1961 ± 1

            > In 1961, in Paris.

            Source: ¶3
            """;

    static Path folder;

    @DynamicPropertySource
    static void lessonsFolder(DynamicPropertyRegistry registry) throws IOException {
        folder = Files.createTempDirectory("instructor-lessons");
        registry.add("app.lessons.dir", () -> folder.toString());
    }

    @Autowired
    LessonLibrary library;

    @BeforeEach
    void writeTheFolderAndLogIn() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("01-good.md"), GOOD);
        Files.writeString(folder.resolve("02-broken.md"), BROKEN);
        library.reload();
        InstructorLogin.logIn();
    }

    @AfterEach
    void logOut() {
        InstructorLogin.logOut();
    }

    private static Map<String, FileCard> cards() {
        UI.getCurrent().navigate(Links.INSTRUCTOR);
        return _find(FileCard.class).stream().collect(Collectors.toMap(card -> card.name.getText(), card -> card));
    }

    private static List<String> problems(FileCard card) {
        return _find(_get(card, FileStatus.class).problems, ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    @Test
    void a_file_with_an_error_is_not_live_and_shows_the_problem_as_the_validator_prints_it_with_the_file_name_as_path() {
        Map<String, FileCard> cards = cards();
        assertThat(_get(cards.get("01-good.md"), FileStatus.class).state.getText()).isEqualTo("Live");
        assertThat(_get(cards.get("02-broken.md"), FileStatus.class).state.getText()).isEqualTo("Error — not live");
        String printed = library.course().file("02-broken.md").orElseThrow().problems().get(0).toString();
        assertThat(printed).startsWith(folder.toString());
        assertThat(problems(cards.get("02-broken.md"))).containsExactly("02-broken.md:10: error: a single choice question "
                + "needs exactly one (x) option, found 0; mark the right one (x) and the others ( ), or use [ ] and [x] for several");
        assertThat(_get(LessonsView.class).summary.getText()).startsWith("2 files: 1 error, 0 warnings");
    }

    @Test
    void the_preview_of_a_lesson_that_is_not_live_shows_what_would_be_with_its_answer_key() {
        UI.getCurrent().navigate(Links.preview("02-broken.md"));
        assertThat(_get(H1.class).getText()).isEqualTo("Preview: A broken lesson");
        assertThat(_get(FileStatus.class).state.getText()).isEqualTo("Error — not live");
        List<AnswerKeyBlock> keys = _find(AnswerKeyBlock.class);
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).getElement().getTextRecursively()).contains("1961 (± 1)", "Source: ¶3 of the article");
    }

    @Test
    void a_bad_edit_to_a_live_lesson_keeps_the_last_good_version_and_says_so() throws IOException {
        Files.writeString(folder.resolve("01-good.md"), GOOD.replace("Answer: true", "Answer:"));
        library.reload();
        assertThat(_get(cards().get("01-good.md"), FileStatus.class).state.getText())
                .isEqualTo("Error — showing last good version");
        assertThat(library.course().lesson("good")).isPresent();
    }

    @Test
    void when_the_folder_cannot_be_read_the_last_course_stays_and_a_notice_says_so() throws IOException {
        Files.delete(folder.resolve("01-good.md"));
        Files.delete(folder.resolve("02-broken.md"));
        Files.delete(folder);
        library.reload();
        cards();
        LessonsView view = _get(LessonsView.class);
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).contains("cannot be read", "the course loaded before is still served");
        assertThat(_find(FileCard.class)).hasSize(2);
    }

    @Test
    void a_folder_without_lesson_files_shows_the_empty_state() throws IOException {
        Files.delete(folder.resolve("01-good.md"));
        Files.delete(folder.resolve("02-broken.md"));
        library.reload();
        cards();
        assertThat(_get(LessonsView.class).empty.isVisible()).isTrue();
        assertThat(_find(FileCard.class)).isEmpty();
    }
}
