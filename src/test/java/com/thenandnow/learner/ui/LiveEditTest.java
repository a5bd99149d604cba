package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.ui.QuizAnswers;
import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.LessonFolderCopy;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.CourseStanding;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An instructor saves a lesson while learners have it open: readers hear of it, quiz takers are not disturbed. */
class LiveEditTest extends AbstractViewTest {

    private static final Path FOLDER = LessonFolderCopy.of(Path.of(FIXTURE_COURSE));

    @Autowired
    LessonLibrary library;
    @Autowired
    CourseStanding progress;

    @DynamicPropertySource
    static void lessonsFolder(DynamicPropertyRegistry registry) {
        registry.add("app.lessons.dir", FOLDER::toString);
    }

    @Test
    void a_reader_is_told_when_the_open_lesson_gets_a_newer_version() throws IOException {
        UI.getCurrent().navigate("lessons/first-lesson");
        assertThat(updateNotices()).isEmpty();

        append("01-first-lesson.md", "\nOne more sentence for the revised version.\n");

        assertThat(updateNotices()).singleElement().satisfies(notice ->
                assertThat(_get(notice, Button.class, spec -> spec.withText("Show the new version")).isVisible()).isTrue());
    }

    @Test
    void a_reload_that_leaves_the_open_lesson_unchanged_shows_no_notice() {
        UI.getCurrent().navigate("lessons/second-lesson");
        library.reload();
        MockVaadin.clientRoundtrip();

        assertThat(updateNotices()).isEmpty();
    }

    @Test
    void a_quiz_in_progress_is_graded_against_the_version_shown_and_a_retry_gets_the_new_one() throws IOException {
        UI.getCurrent().navigate("lessons/second-lesson/quiz");
        String shownVersion = library.lesson("second-lesson").orElseThrow().version();
        List<QuestionCard> shown = _find(QuestionCard.class);
        shown.forEach(QuizAnswers::answerRight);

        append("02-second-lesson.md", "\n### Is this question new?\nAnswer: true\n\n> It was added mid-quiz.\n\nSource: ¶7\n");
        _click(_get(Button.class, spec -> spec.withText("Check answers")));

        assertThat(_get(QuizSummary.class).score.getText()).isEqualTo("Your score: 100% — passed");
        Attempt recorded = progress.progress(CurrentLearner.id()).lesson("second-lesson").latestAttempt().orElseThrow();
        assertThat(recorded.lessonVersion()).isEqualTo(shownVersion);
        assertThat(recorded.result().questions()).hasSize(shown.size());

        _click(_get(Button.class, spec -> spec.withText("Retry all questions")));
        assertThat(_find(QuestionCard.class)).hasSize(shown.size() + 1);
    }

    /** The visible "this lesson has been updated" notices of the page. */
    private static List<Div> updateNotices() {
        return _find(Div.class, spec -> spec.withClasses("update-notice"));
    }

    private void append(String fileName, String text) throws IOException {
        Path file = FOLDER.resolve(fileName);
        Files.writeString(file, Files.readString(file) + text);
        library.reload();
        MockVaadin.clientRoundtrip();
    }
}
