package com.thenandnow.lesson;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.thenandnow.TempFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Images beside the lessons are served to anyone; lesson sources and anything outside the folder are not, even
 * through a symbolic link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LessonFileControllerTest {

    private static final Path ROOT = folders();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void lessonsFolder(DynamicPropertyRegistry registry) {
        registry.add("app.lessons.dir", () -> ROOT.resolve("lessons").toString());
        registry.add("app.lessons.watch.enabled", () -> "false");
    }

    @Test
    void an_image_in_a_sub_folder_is_served_with_its_type() throws Exception {
        mvc.perform(get("/lesson-files/images/map.png"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void a_lesson_source_is_not_served() throws Exception {
        mvc.perform(get("/lesson-files/01-a.md")).andExpect(status().isNotFound());
    }

    @Test
    void a_file_outside_the_lessons_folder_is_not_served() throws Exception {
        mvc.perform(get("/lesson-files/../secret.png")).andExpect(status().is4xxClientError());
        mvc.perform(get("/lesson-files/%2e%2e/secret.png")).andExpect(status().is4xxClientError());
        mvc.perform(get("/lesson-files/images/..%2F..%2Fsecret.png")).andExpect(status().is4xxClientError());
    }

    /** A link inside the folder once served whatever it pointed at: a lesson's answer keys, or any file. */
    @Test
    void a_link_to_a_lesson_source_or_outside_the_folder_is_not_served() throws Exception {
        mvc.perform(get("/lesson-files/images/answers.png")).andExpect(status().isNotFound());
        mvc.perform(get("/lesson-files/images/secret.png")).andExpect(status().isNotFound());
        mvc.perform(get("/lesson-files/elsewhere/secret.png")).andExpect(status().isNotFound());
        mvc.perform(get("/lesson-files/images/folder.png")).andExpect(status().isNotFound());
    }

    @Test
    void a_link_to_an_image_inside_the_folder_is_served_as_that_image() throws Exception {
        mvc.perform(get("/lesson-files/images/same-map.png"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    @Test
    void a_missing_image_is_not_found() throws Exception {
        mvc.perform(get("/lesson-files/images/none.png")).andExpect(status().isNotFound());
    }

    private static Path folders() {
        try {
            Path root = TempFolders.deleteOnExit(Files.createTempDirectory("lesson-files-"));
            Files.createDirectories(root.resolve("lessons/images"));
            Files.write(root.resolve("lessons/images/map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            Files.writeString(root.resolve("lessons/01-a.md"), "# A lesson source");
            Files.write(root.resolve("secret.png"), new byte[] {1, 2, 3});
            Files.createSymbolicLink(root.resolve("lessons/images/answers.png"), Path.of("../01-a.md"));
            Files.createSymbolicLink(root.resolve("lessons/images/secret.png"), root.resolve("secret.png"));
            Files.createSymbolicLink(root.resolve("lessons/elsewhere"), root);
            Files.createSymbolicLink(root.resolve("lessons/images/folder.png"), Path.of("."));
            Files.createSymbolicLink(root.resolve("lessons/images/same-map.png"), Path.of("map.png"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
