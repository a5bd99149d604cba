package com.thenandnow.lesson;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code app.lessons.*}: where the course is read from (also {@code APP_LESSONS_DIR}). */
@ConfigurationProperties("app.lessons")
public record LessonsProperties(@DefaultValue("lessons") Path dir) {
}
