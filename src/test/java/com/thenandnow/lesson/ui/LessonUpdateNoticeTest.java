package com.thenandnow.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.LessonLibrary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A learner reading a lesson hears, without reloading, that the instructor saved a newer version. */
class LessonUpdateNoticeTest extends AbstractViewTest {

    private static final Path FOLDER = copyOfTheCourse();

    @Autowired
    LessonLibrary library;

    @DynamicPropertySource
    static void lessonsFolder(DynamicPropertyRegistry registry) {
        registry.add("app.lessons.dir", FOLDER::toString);
    }

    @Test
    void a_reader_is_told_when_the_open_lesson_gets_a_newer_version() throws IOException {
        UI.getCurrent().navigate("lessons/stalins-daughter");
        LessonView view = _get(LessonView.class);
        assertThat(view.updateNotice.isVisible()).isFalse();

        Path file = FOLDER.resolve("02-stalins-daughter.md");
        Files.writeString(file, Files.readString(file) + "\nOne more sentence for the revised version.\n");
        library.reload();
        MockVaadin.clientRoundtrip();

        assertThat(view.updateNotice.isVisible()).isTrue();
        assertThat(_get(view, Button.class, spec -> spec.withText("Show the new version")).isVisible()).isTrue();
    }

    @Test
    void a_reload_that_leaves_the_open_lesson_unchanged_shows_no_notice() {
        UI.getCurrent().navigate("lessons/the-dancers-who-stayed");
        library.reload();
        MockVaadin.clientRoundtrip();

        assertThat(_get(LessonView.class).updateNotice.isVisible()).isFalse();
    }

    private static Path copyOfTheCourse() {
        try {
            Path folder = Files.createTempDirectory("lessons-");
            try (Stream<Path> files = Files.list(Path.of("lessons"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
