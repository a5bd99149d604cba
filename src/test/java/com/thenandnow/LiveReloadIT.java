package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.LessonFolderCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * An instructor saves a lesson that a learner has open in a real browser: the notice comes by push, over the
 * websocket the browser opened (offering compression, which the app declines), not by a fallback transport.
 */
@TestPropertySource(properties = "app.lessons.watch.enabled=true")
class LiveReloadIT extends BrowserTest {

    private static final Path FOLDER = LessonFolderCopy.of(Path.of("lessons"));
    private static final String LESSON = "01-why-defections-frightened-moscow.md";
    private static final String ADDED = "A sentence added while the lesson was open.";

    @DynamicPropertySource
    static void lessonsFolder(DynamicPropertyRegistry registry) {
        registry.add("app.lessons.dir", FOLDER::toString);
    }

    @Test
    void a_reader_gets_the_update_notice_by_push_and_then_the_new_version() throws IOException {
        openAsGuest("/lessons/why-defections-frightened-moscow");
        assertThat(bodyText()).doesNotContain("This lesson has been updated");

        Path file = FOLDER.resolve(LESSON);
        Files.writeString(file, Files.readString(file).replace("\n## Quiz", "\n" + ADDED + "\n\n## Quiz"));

        waitForText("This lesson has been updated since you opened it.");
        assertThat(requestsByFallbackTransport()).isEmpty();
        assertThat(bodyText()).doesNotContain(ADDED);
        click(button("Show the new version"));
        waitForText(ADDED);
    }

    /** Push requests the page made by HTTP: long polling, which Atmosphere falls back to when a websocket fails. */
    @SuppressWarnings("unchecked")
    private List<String> requestsByFallbackTransport() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(entry => entry.name)"
                + ".filter(name => name.includes('X-Atmosphere-Transport=') && !name.includes('X-Atmosphere-Transport=websocket'));");
    }
}
