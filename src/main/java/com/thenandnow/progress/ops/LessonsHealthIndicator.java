package com.thenandnow.progress.ops;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.LessonsProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health "lessons": the lessons folder can be read and the course has a live lesson. Down otherwise, so a
 * load balancer sends learners to a server that has the course; this server keeps serving its last course.
 */
@Component
class LessonsHealthIndicator implements HealthIndicator {

    private final Path folder;
    private final LessonLibrary library;

    LessonsHealthIndicator(LessonsProperties lessons, LessonLibrary library) {
        this.folder = lessons.dir();
        this.library = library;
    }

    @Override
    public Health health() {
        Course course = library.course();
        boolean readable = Files.isDirectory(folder) && Files.isReadable(folder);
        Health.Builder health = readable && !course.lessons().isEmpty() && course.notice().isEmpty() ? Health.up() : Health.down();
        course.notice().ifPresent(notice -> health.withDetail("notice", notice));
        return health.withDetail("folder", folder.toAbsolutePath().toString()).withDetail("readable", readable)
                .withDetail("liveLessons", course.lessons().size())
                .withDetail("problems", course.problemCount().toString()).build();
    }
}
