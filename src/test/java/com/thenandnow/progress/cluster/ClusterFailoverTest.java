package com.thenandnow.progress.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LessonProgress;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.quiz.QuizResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member killed while learners record through every member (no graceful leave, no journal): the
 * survivors still hold every attempt that was acknowledged, through the backups, and a member that joins
 * afterwards takes its share of the learners and serves them all.
 */
class ClusterFailoverTest {

    private static final int MEMBERS = 3;
    private static final int ACKS_BEFORE_KILL = 300;
    private static final int ACKS_AFTER_KILL = 300;
    private static final int KEEP_ALL = 1_000_000;

    private final TestCluster cluster = TestCluster.start(MEMBERS);
    private final List<LearnerId> learners = IntStream.range(0, 24).mapToObj(i -> LearnerId.random()).toList();
    private final Map<LearnerId, Set<UUID>> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger acks = new AtomicInteger();

    @AfterEach
    void stop() {
        cluster.close();
    }

    private ProgressStore storeOn(HazelcastInstance member) throws Exception {
        return HazelcastProgressStore.join(member.getMap(ClusterMember.MAP), Optional.empty(), Clock.systemUTC());
    }

    @Test
    void killing_a_member_mid_run_loses_no_acknowledged_attempt_and_a_new_member_takes_its_share() throws Exception {
        List<ProgressStore> stores = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            stores.add(storeOn(cluster.member(m)));
        }
        ExecutorService writers = Executors.newFixedThreadPool(2 * MEMBERS);
        List<Future<?>> running = IntStream.range(0, 2 * MEMBERS)
                .mapToObj(t -> writers.submit(() -> recordUntilStopped(stores.get(t % MEMBERS)))).collect(Collectors.toList());

        awaitAcks(ACKS_BEFORE_KILL);
        long killedAt = System.nanoTime();
        cluster.member(MEMBERS - 1).getLifecycleService().terminate();
        int atKill = acks.get();
        awaitAcks(atKill + ACKS_AFTER_KILL);
        long recovered = System.nanoTime();
        writers.shutdownNow();
        for (Future<?> writer : running) {
            writer.get(30, TimeUnit.SECONDS);
        }

        assertEveryAcknowledgedAttemptIsIn(stores.get(0));
        assertEveryAcknowledgedAttemptIsIn(stores.get(1));
        HazelcastInstance joined = cluster.restart(MEMBERS - 1);
        awaitSafe(joined);
        assertThat(joined.getMap(ClusterMember.MAP).localKeySet()).isNotEmpty();
        assertEveryAcknowledgedAttemptIsIn(storeOn(joined));
        System.out.printf("%d members, 1 killed: %d attempts acknowledged (%d before the kill), none lost; "
                + "%d more acknowledged %.1f s after the kill%n", MEMBERS, acks.get(), atKill, acks.get() - atKill,
                (recovered - killedAt) / 1e9);
    }

    /** Records attempts until interrupted, or until its member is gone (those calls are never acknowledged). */
    private void recordUntilStopped(ProgressStore store) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                LearnerId learner = learners.get(random.nextInt(learners.size()));
                Attempt attempt = new Attempt(UUID.randomUUID(), "alliluyeva", "v1", Instant.now(),
                        new QuizResult(List.of(), random.nextInt(101), 70));
                store.update(learner, new ProgressChange.RecordAttempt(attempt, KEEP_ALL));
                acknowledged.computeIfAbsent(learner, id -> ConcurrentHashMap.newKeySet()).add(attempt.id());
                acks.incrementAndGet();
            }
        } catch (RuntimeException memberGone) {
            // the member this writer used was killed: its last update was not acknowledged
        }
    }

    private void awaitAcks(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acks.get() < count) {
            assertThat(System.nanoTime()).as("%d acknowledged attempts in time", count).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void awaitSafe(HazelcastInstance member) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!member.getPartitionService().isClusterSafe() || member.getMap(ClusterMember.MAP).localKeySet().isEmpty()) {
            assertThat(System.nanoTime()).as("migrations finish").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void assertEveryAcknowledgedAttemptIsIn(ProgressStore store) {
        acknowledged.forEach((learner, attempts) -> {
            LessonProgress lesson = store.progress(learner).lesson("alliluyeva");
            assertThat(lesson.recentAttempts()).extracting(Attempt::id).doesNotHaveDuplicates().containsAll(attempts);
            assertThat(lesson.attemptCount()).isEqualTo(lesson.recentAttempts().size());
        });
    }
}
