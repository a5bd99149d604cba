package com.thenandnow.lesson;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the images that sit beside the lessons ({@code ![Map](images/map.png)} is rendered as
 * {@code /lesson-files/images/map.png}). Only image types, only inside the lessons folder: the
 * Markdown sources and anything outside stay private.
 */
@RestController
public class LessonFileController {

    private static final String PATH = MarkdownRenderer.ASSET_URL_PREFIX;
    private static final Map<String, MediaType> IMAGE_TYPES = Map.of(
            "png", MediaType.IMAGE_PNG, "jpg", MediaType.IMAGE_JPEG, "jpeg", MediaType.IMAGE_JPEG,
            "gif", MediaType.IMAGE_GIF, "webp", MediaType.parseMediaType("image/webp"),
            "svg", MediaType.parseMediaType("image/svg+xml"));

    private final Path root;

    public LessonFileController(LessonsProperties properties) {
        this.root = properties.dir().toAbsolutePath().normalize();
    }

    @GetMapping(PATH + "**")
    ResponseEntity<Resource> file(HttpServletRequest request) throws IOException {
        String relative = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        Path file = root.resolve(URLDecoder.decode(relative, StandardCharsets.UTF_8)).normalize();
        Optional<MediaType> type = imageType(file);
        if (!file.startsWith(root) || type.isEmpty() || !Files.isRegularFile(file) || isHidden(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(type.get())
                .cacheControl(CacheControl.noCache())
                // An SVG can carry scripts: opened on its own it must not run them.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(new PathResource(file));
    }

    private static Optional<MediaType> imageType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(IMAGE_TYPES.get(name.substring(dot + 1)));
    }

    private boolean isHidden(Path file) {
        return root.relativize(file).toString().startsWith(".") || file.getFileName().toString().startsWith(".");
    }
}
