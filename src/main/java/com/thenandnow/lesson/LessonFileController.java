package com.thenandnow.lesson;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * Markdown sources and anything outside stay private, also behind a symbolic link.
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
    ResponseEntity<Resource> file(HttpServletRequest request) {
        String relative = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        Optional<Path> image = image(URLDecoder.decode(relative, StandardCharsets.UTF_8));
        if (image.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(imageType(image.get()).orElseThrow())
                .cacheControl(CacheControl.noCache())
                // An SVG can carry scripts: opened on its own it must not run them.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(new PathResource(image.get()));
    }

    /**
     * The file to serve for a request: the real file (links followed) must be a regular file inside the real
     * lessons folder, not hidden, and an image by its own name as well as by the name asked for, so that
     * {@code x.png -> 02-lesson.md} or a link out of the folder serves nothing.
     */
    private Optional<Path> image(String relative) {
        Path asked = root.resolve(relative).normalize();
        if (!asked.startsWith(root) || isHidden(root, asked) || imageType(asked).isEmpty()) {
            return Optional.empty();
        }
        try {
            Path realRoot = root.toRealPath();
            Path real = asked.toRealPath();
            boolean servable = real.startsWith(realRoot) && !isHidden(realRoot, real) && imageType(real).isPresent()
                    && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
            return servable ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // missing, or a broken link
        }
    }

    private static Optional<MediaType> imageType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(IMAGE_TYPES.get(name.substring(dot + 1)));
    }

    /** Whether any part of the path below the folder starts with a dot, such as {@code .git/x.png}. */
    private static boolean isHidden(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
