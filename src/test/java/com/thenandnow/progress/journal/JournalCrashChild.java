package com.thenandnow.progress.journal;

import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.quiz.QuizResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The app's side of {@link JournalCrashTest}, run in its own JVM: eight threads record attempts for the
 * learners given, printing {@code ACK learner attempt} only after the store has answered, until the JVM is
 * killed. A small compaction size keeps compactions running, so kills land in them too.
 */
final class JournalCrashChild {

    static final int ATTEMPTS_KEPT = 1_000_000;

    private JournalCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Journal journal = Journal.open(Path.of(args[0]), new ProgressJson(), 32 * 1024);
        JournalProgressStore store = JournalProgressStore.restore(journal, Clock.systemUTC());
        List<LearnerId> learners = List.of(args).subList(1, args.length).stream().map(LearnerId::new).toList();
        for (int t = 0; t < 8; t++) {
            new Thread(() -> recordForever(store, learners)).start();
        }
    }

    private static void recordForever(JournalProgressStore store, List<LearnerId> learners) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LearnerId learner = learners.get(random.nextInt(learners.size()));
            Attempt attempt = new Attempt(UUID.randomUUID(), "alliluyeva", "v1", Instant.now(),
                    new QuizResult(List.of(), random.nextInt(101), 70));
            store.update(learner, new ProgressChange.RecordAttempt(attempt, ATTEMPTS_KEPT));
            System.out.println("ACK " + learner + " " + attempt.id());
        }
    }
}
