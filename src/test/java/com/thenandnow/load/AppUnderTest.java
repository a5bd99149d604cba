package com.thenandnow.load;

import com.thenandnow.ProductionJar;
import com.thenandnow.lesson.LessonFolderCopy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The app under load: either one already running at a URL, or the production jar started here on a free
 * loopback port with a copy of the lessons (so a lesson can be saved during the run without touching the
 * project's own files) and a random instructor password.
 */
final class AppUnderTest implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    final URI url;
    final Optional<ProductionJar> process;
    final Optional<Path> lessons;
    final Optional<String> instructorPassword;

    private AppUnderTest(URI url, ProductionJar process, Path lessons, String instructorPassword) {
        this.url = url;
        this.process = Optional.ofNullable(process);
        this.lessons = Optional.ofNullable(lessons);
        this.instructorPassword = Optional.ofNullable(instructorPassword);
    }

    static AppUnderTest of(LoadOptions options) throws Exception {
        if (options.url() != null) {
            String url = options.url().endsWith("/") ? options.url() : options.url() + "/";
            return new AppUnderTest(URI.create(url), null, null, options.instructorPassword());
        }
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException("no " + options.jar() + ": run ./mvnw -Pproduction package -DskipTests first");
        }
        Path lessons = LessonFolderCopy.of(Path.of("lessons"));
        String password = UUID.randomUUID().toString();
        Path log = Files.createTempFile("then-and-now-load-app", ".log");
        ProductionJar app = ProductionJar.start(options.jar(), jvmOptions(options),
                List.of("--app.lessons.dir=" + lessons, "--app.instructor.password=" + password),
                ProcessBuilder.Redirect.to(log.toFile()));
        AppUnderTest started = new AppUnderTest(app.uri("/"), app, lessons, password);
        try {
            app.awaitFirstOk(START_LIMIT);
        } catch (AssertionError e) {
            started.close();
            throw new IllegalStateException(e.getMessage() + "; its log: " + log, e);
        }
        return started;
    }

    private static List<String> jvmOptions(LoadOptions options) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.appHeap()));
        jvm.addAll(options.appJvmArgs());
        return jvm;
    }

    long pid() {
        return process.map(ProductionJar::pid).orElse(-1L);
    }

    /** The title of the lesson {@link #saveALesson()} saves, from its front matter. */
    Optional<String> savedLessonTitle() throws IOException {
        if (lessons.isEmpty()) {
            return Optional.empty();
        }
        return Files.readAllLines(firstLesson()).stream().filter(line -> line.startsWith("title:"))
                .map(line -> line.substring("title:".length()).strip().replaceAll("^[\"']|[\"']$", "")).findFirst();
    }

    /** Appends an empty line to the first lesson file: a new version, which open lesson pages hear of by push. */
    void saveALesson() throws IOException {
        if (lessons.isPresent()) {
            Path first = firstLesson();
            Files.writeString(first, Files.readString(first) + "\n");
        }
    }

    private Path firstLesson() throws IOException {
        try (Stream<Path> files = Files.list(lessons.orElseThrow())) {
            return files.filter(file -> file.toString().endsWith(".md") && !file.getFileName().toString().startsWith("_"))
                    .sorted().findFirst().orElseThrow();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isPresent()) {
            process.get().close();
        }
        if (lessons.isPresent()) {
            try (Stream<Path> paths = Files.walk(lessons.get())) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
