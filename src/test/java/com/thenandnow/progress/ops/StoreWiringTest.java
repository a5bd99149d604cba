package com.thenandnow.progress.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import com.thenandnow.Application;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.InMemoryProgressStore;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.cluster.HazelcastProgressStore;
import com.thenandnow.quiz.QuizAttempts;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole app, started as {@code java -jar} would start it, in each store mode: progress recorded
 * through the app is there after the app is stopped and started again; a single server starts no
 * Hazelcast member; {@code app.progress.store=hazelcast} runs the store on a member.
 */
class StoreWiringTest {

    @TempDir
    Path folder;

    /** The app with these settings on top of the test defaults, given as command-line arguments. */
    private ConfigurableApplicationContext start(Map<String, String> settings) {
        Map<String, String> arguments = new TreeMap<>(Map.of("server.port", "0", "app.lessons.watch.enabled", "false",
                "app.instructor.password", "test-secret", "app.progress.journal", folder.resolve("data/progress.journal").toString()));
        arguments.putAll(settings);
        return new SpringApplicationBuilder(Application.class).run(arguments.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }

    @Test
    void an_attempt_checked_in_the_app_is_there_after_the_app_stops_and_starts_again() {
        LearnerId ann = LearnerId.random();
        Lesson lesson;
        try (ConfigurableApplicationContext app = start(Map.of())) {
            assertThat(app.getBeansOfType(HazelcastInstance.class)).isEmpty();
            lesson = app.getBean(LessonLibrary.class).course().lessons().get(0);
            app.getBean(ProgressRecorder.class).submit(ann, app.getBean(QuizAttempts.class).start(lesson), Map.of());
        }
        try (ConfigurableApplicationContext app = start(Map.of())) {
            assertThat(app.getBean(CourseStanding.class).progress(ann).lesson(lesson.id()).attemptCount()).isEqualTo(1);
        }
    }

    @Test
    void with_the_journal_set_to_none_progress_is_kept_in_memory_only() {
        try (ConfigurableApplicationContext app = start(Map.of("app.progress.journal", "none"))) {
            assertThat(app.getBean(ProgressStore.class)).isInstanceOf(InMemoryProgressStore.class);
        }
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void the_hazelcast_store_runs_on_a_member_of_the_configured_cluster() throws IOException {
        int port = freePort();
        try (ConfigurableApplicationContext app = start(Map.of("app.progress.store", "hazelcast",
                "app.cluster.port", String.valueOf(port), "app.cluster.name", "wiring-test-" + port,
                "app.cluster.members", "127.0.0.1:" + port))) {
            assertThat(app.getBean(ProgressStore.class)).isInstanceOf(HazelcastProgressStore.class);
            assertThat(app.getBean(HazelcastInstance.class).getCluster().getMembers()).hasSize(1);
            assertThat(app.getBean(HealthContributorRegistry.class).getContributor("hazelcast")).isNotNull();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
