package com.thenandnow.progress.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.quiz.QuizResult;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction keeps the journal the size of the live progress, and learners never wait for it. */
class JournalCompactionTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path folder;

    private Path file;
    private final ProgressJson json = new ProgressJson();

    private static ProgressChange.RecordAttempt attempt(int minute) {
        return new ProgressChange.RecordAttempt(new Attempt(UUID.randomUUID(), "alliluyeva", "v1",
                T0.plusSeconds(60L * minute), new QuizResult(List.of(), minute % 101, 70)), 3);
    }

    /** A journal of {@code lines} attempts by a few learners, written directly (no fsync per line). */
    private void writeHistory(int lines, List<LearnerId> learners) throws Exception {
        file = folder.resolve("progress.journal");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(JournalReader.HEADER);
            for (int i = 1; i <= lines; i++) {
                out.write(new String(json.write(new LearnerChange(i, learners.get(i % learners.size()), attempt(i))),
                        StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
    }

    private Set<LearnerProgress> restart() throws Exception {
        try (Journal journal = Journal.open(file, json)) {
            return new HashSet<>(JournalProgressStore.restore(journal, Clock.systemUTC()).all());
        }
    }

    @Test
    void compaction_shrinks_a_long_history_to_the_latest_state_of_each_learner() throws Exception {
        writeHistory(5_000, List.of(LearnerId.random(), LearnerId.random()));
        Set<LearnerProgress> before = restart();
        long sizeBefore = Files.size(file);

        try (Journal journal = Journal.open(file, json)) {
            JournalProgressStore.restore(journal, Clock.systemUTC());
            journal.compact().join();
            assertThat(journal.status().bytes()).isLessThan(sizeBefore / 100);
        }

        assertThat(restart()).isEqualTo(before);
        assertThat(before).allSatisfy(learner -> assertThat(learner.lesson("alliluyeva").attemptCount()).isEqualTo(2_500));
    }

    /**
     * Appending never waits for a compaction, so on a busy machine one compaction may span most of the appends;
     * whatever the timing, the first one starts past the threshold, so at least that much history leaves the tail.
     */
    @Test
    void a_long_tail_is_compacted_on_its_own() throws Exception {
        int compactAfter = 16 * 1024;
        LearnerId ann = LearnerId.random();
        writeHistory(200, List.of(ann));
        long uncompacted = Files.size(file);
        Files.delete(file);
        try (Journal journal = Journal.open(file, json, compactAfter)) {
            JournalProgressStore store = JournalProgressStore.restore(journal, Clock.systemUTC());
            for (int minute = 1; minute <= 200; minute++) {
                store.update(ann, attempt(minute));
            }
        }

        assertThat(file.resolveSibling("progress.journal.snapshot")).exists();
        assertThat(Files.size(file)).isLessThanOrEqualTo(uncompacted - compactAfter);
        assertThat(restart()).singleElement().satisfies(learner ->
                assertThat(learner.lesson("alliluyeva").attemptCount()).isEqualTo(200));
    }

    @Test
    void learners_keep_recording_while_a_compaction_runs_and_nothing_is_lost() throws Exception {
        List<LearnerId> learners = List.of(LearnerId.random(), LearnerId.random(), LearnerId.random());
        writeHistory(15_000, learners);
        Map<LearnerId, Integer> recordedWhileCompacting = new HashMap<>();
        try (Journal journal = Journal.open(file, json)) {
            JournalProgressStore store = JournalProgressStore.restore(journal, Clock.systemUTC());
            CompletableFuture<Void> compaction = journal.compact();
            for (int minute = 100_000; !compaction.isDone(); minute++) {
                LearnerId learner = learners.get(minute % learners.size());
                store.update(learner, attempt(minute));
                recordedWhileCompacting.merge(learner, 1, Integer::sum);
            }
            compaction.join();
        }

        assertThat(recordedWhileCompacting).isNotEmpty();
        assertThat(restart()).hasSize(3).allSatisfy(learner -> assertThat(learner.lesson("alliluyeva").attemptCount())
                .isEqualTo(5_000 + recordedWhileCompacting.getOrDefault(learner.learner(), 0)));
    }

    @Test
    void many_learners_recording_at_once_with_compactions_lose_nothing_across_a_restart() throws Exception {
        file = folder.resolve("progress.journal");
        List<LearnerId> learners = new ArrayList<>();
        Set<LearnerProgress> answered;
        try (Journal journal = Journal.open(file, json, 8 * 1024)) {
            JournalProgressStore store = JournalProgressStore.restore(journal, Clock.systemUTC());
            ExecutorService threads = Executors.newFixedThreadPool(16);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                LearnerId learner = LearnerId.random();
                learners.add(learner);
                done.add(threads.submit(() -> {
                    for (int minute = 1; minute <= 40; minute++) {
                        store.update(learner, attempt(minute));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();
            answered = new HashSet<>(store.all());
        }

        assertThat(restart()).isEqualTo(answered).hasSize(learners.size())
                .allSatisfy(learner -> assertThat(learner.lesson("alliluyeva").attemptCount()).isEqualTo(40));
    }
}
