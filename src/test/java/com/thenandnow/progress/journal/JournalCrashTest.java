package com.thenandnow.progress.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LessonProgress;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9}: a child JVM records attempts from eight threads and is killed at a random moment,
 * three times over on one journal. Each start must succeed and hold every attempt the child acknowledged.
 */
class JournalCrashTest {

    private static final int KILLS = 3;

    @TempDir
    Path folder;

    private final List<LearnerId> learners = IntStream.range(0, 12).mapToObj(i -> LearnerId.random()).toList();
    private final Map<LearnerId, Set<UUID>> acknowledged = new ConcurrentHashMap<>();

    @Test
    void a_kill_at_any_moment_loses_no_acknowledged_attempt_and_never_blocks_the_next_start() throws Exception {
        Path file = folder.resolve("progress.journal");
        Random random = new Random(9);
        for (int kill = 1; kill <= KILLS; kill++) {
            runAndKill(file, 150 + random.nextInt(900));
            assertEveryAcknowledgedAttemptIsThere(file);
        }
        int total = acknowledged.values().stream().mapToInt(Set::size).sum();
        System.out.printf("%d kills, %d acknowledged attempts, all found after each restart%n", KILLS, total);
        assertThat(total).isGreaterThan(KILLS);
    }

    private void runAndKill(Path file, int millisAfterFirstAck) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalCrashChild.class.getName(), file.toString()));
        learners.forEach(learner -> command.add(learner.value()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CountDownLatch firstAck = new CountDownLatch(1);
        Thread reader = new Thread(() -> readAcks(child, firstAck));
        reader.start();
        try {
            assertThat(firstAck.await(60, TimeUnit.SECONDS)).as("the child acknowledged an attempt").isTrue();
            Thread.sleep(millisAfterFirstAck);
        } finally {
            child.destroyForcibly().waitFor();
            reader.join();
        }
    }

    private void readAcks(Process child, CountDownLatch firstAck) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] words = line.split(" ");
                if (words.length == 3 && words[0].equals("ACK")) {
                    acknowledged.computeIfAbsent(new LearnerId(words[1]), id -> ConcurrentHashMap.newKeySet())
                            .add(UUID.fromString(words[2]));
                    firstAck.countDown();
                }
            }
        } catch (java.io.IOException killed) {
            // the pipe closes with the child
        }
    }

    private void assertEveryAcknowledgedAttemptIsThere(Path file) throws Exception {
        try (Journal journal = Journal.open(file, new ProgressJson())) {
            JournalProgressStore store = JournalProgressStore.restore(journal, Clock.systemUTC());
            acknowledged.forEach((learner, attempts) -> {
                LessonProgress lesson = store.progress(learner).lesson("alliluyeva");
                Set<UUID> recorded = lesson.recentAttempts().stream().map(a -> a.id()).collect(Collectors.toSet());
                assertThat(recorded).as("attempts of %s", learner).containsAll(attempts);
            });
        }
    }
}
