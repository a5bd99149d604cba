package com.thenandnow.progress.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.InMemoryProgressStore;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.quiz.QuizResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever the sequence of changes, and wherever restarts and compactions fall in it, the
 * restarted store holds exactly what an in-memory store given the same changes holds. Each of the
 * sequences is drawn from its own seed, printed on failure, so a failing case can be replayed alone.
 */
class JournalRestartTest {

    private static final int SEQUENCES = 30;
    private static final int MAX_CHANGES = 50;
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final List<String> LESSONS = List.of("alliluyeva", "nureyev");

    @TempDir
    Path folder;

    @Test
    void a_restarted_store_holds_exactly_what_was_recorded_for_random_sequences_and_restart_points() throws Exception {
        for (int seed = 1; seed <= SEQUENCES; seed++) {
            Path file = Files.createDirectory(folder.resolve("seed-" + seed)).resolve("progress.journal");
            try (Run run = new Run(new Random(seed), file)) {
                run.play();
            } catch (AssertionError | Exception e) {
                throw new AssertionError("sequence with seed " + seed + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** One random sequence: the journaled store and the model receive every change; restarts compare them. */
    private static final class Run implements AutoCloseable {
        private final Random random;
        private final Path file;
        private final InMemoryProgressStore model = new InMemoryProgressStore();
        private final List<LearnerId> learners;
        private final List<Attempt> sent = new ArrayList<>();
        private Journal journal;
        private ProgressStore store;
        private int minute;

        Run(Random random, Path file) throws Exception {
            this.random = random;
            this.file = file;
            this.learners = IntStream.range(0, 3).mapToObj(i -> new LearnerId(new UUID(random.nextLong(), random.nextLong()).toString())).toList();
            start();
        }

        private void start() throws Exception {
            // a tiny compaction size, so compactions happen on their own in the middle of sequences as well
            journal = Journal.open(file, new ProgressJson(), 512 + random.nextInt(16_384));
            store = JournalProgressStore.restore(journal, Clock.systemUTC());
        }

        void play() throws Exception {
            int changes = 1 + random.nextInt(MAX_CHANGES);
            for (int i = 0; i < changes; i++) {
                int roll = random.nextInt(100);
                if (roll < 8) {
                    restart();
                } else if (roll < 11) {
                    journal.compact().join();
                } else {
                    ProgressChange change = randomChange();
                    LearnerId learner = learners.get(random.nextInt(learners.size()));
                    assertThat(store.update(learner, change)).isEqualTo(model.update(learner, change));
                }
            }
            restart();
        }

        private void restart() throws Exception {
            journal.close();
            start();
            assertThat(new HashSet<>(store.all())).isEqualTo(new HashSet<>(model.all()));
            for (LearnerId learner : learners) {
                assertThat(store.progress(learner)).isEqualTo(model.progress(learner));
            }
        }

        private ProgressChange randomChange() {
            Instant at = T0.plusSeconds(60L * ++minute);
            String lesson = LESSONS.get(random.nextInt(LESSONS.size()));
            int roll = random.nextInt(100);
            if (roll < 10) {
                return new ProgressChange.Rename(random.nextBoolean() ? "" : "Learner " + random.nextInt(5), at);
            } else if (roll < 30) {
                return new ProgressChange.MarkRead(lesson, at);
            } else if (roll < 40 && !sent.isEmpty()) {
                // a resend of an earlier attempt: recognised while kept, recorded again once trimmed away
                return new ProgressChange.RecordAttempt(sent.get(random.nextInt(sent.size())), 2);
            } else if (roll < 45) {
                return new ProgressChange.Forget();
            }
            Attempt attempt = new Attempt(UUID.randomUUID(), lesson, "v" + random.nextInt(2), at,
                    new QuizResult(List.of(), random.nextInt(101), 70));
            sent.add(attempt);
            return new ProgressChange.RecordAttempt(attempt, 1 + random.nextInt(3));
        }

        @Override
        public void close() throws Exception {
            journal.close();
        }
    }
}
