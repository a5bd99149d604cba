package com.thenandnow.progress.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.journal.Journal;
import com.thenandnow.progress.journal.ProgressJson;
import com.thenandnow.quiz.QuizResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole cluster stops and starts again: each server journals what it answered, and the servers that
 * start merge their journals, so the class's progress is back whichever server recorded it, and an older
 * copy of a journal cannot undo newer progress or bring a forgotten learner back.
 */
class ClusterRestartTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path folder;

    private final List<Journal> journals = new ArrayList<>();
    private final List<LearnerId> learners = IntStream.range(0, 10).mapToObj(i -> LearnerId.random()).toList();
    private TestCluster cluster;

    /** A two-member cluster whose members journal to the given files. */
    private List<ProgressStore> startCluster(Path first, Path second) throws Exception {
        cluster = TestCluster.start(2);
        return List.of(storeOn(cluster.member(0), first), storeOn(cluster.member(1), second));
    }

    private ProgressStore storeOn(HazelcastInstance member, Path journalFile) throws Exception {
        Journal journal = Journal.open(journalFile, new ProgressJson());
        journals.add(journal);
        return HazelcastProgressStore.join(member.getMap(ClusterMember.MAP), Optional.of(journal), Clock.systemUTC());
    }

    @AfterEach
    void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        for (Journal journal : journals) {
            journal.close();
        }
        journals.clear();
    }

    private void record(List<ProgressStore> servers, int minute) {
        for (int i = 0; i < learners.size(); i++) {
            Attempt attempt = new Attempt(UUID.randomUUID(), "alliluyeva", "v1", T0.plusSeconds(60L * minute),
                    new QuizResult(List.of(), (minute * 7 + i) % 101, 70));
            servers.get((i + minute) % 2).update(learners.get(i), new ProgressChange.RecordAttempt(attempt, 20));
        }
    }

    private Set<LearnerProgress> everyone(ProgressStore store) {
        return new HashSet<>(store.all());
    }

    @Test
    void a_full_cluster_restart_brings_back_everything_any_server_recorded() throws Exception {
        Path first = folder.resolve("first/progress.journal");
        Path second = folder.resolve("second/progress.journal");
        List<ProgressStore> servers = startCluster(first, second);
        for (int minute = 1; minute <= 5; minute++) {
            record(servers, minute);
        }
        servers.get(1).update(learners.get(0), new ProgressChange.Rename("Ann", T0));
        servers.get(0).update(learners.get(1), new ProgressChange.Forget());
        Set<LearnerProgress> recorded = everyone(servers.get(0));
        stopCluster();

        List<ProgressStore> restarted = startCluster(first, second);

        assertThat(recorded).hasSize(learners.size() - 1);
        assertThat(everyone(restarted.get(0))).isEqualTo(recorded);
        assertThat(everyone(restarted.get(1))).isEqualTo(recorded);
    }

    @Test
    void once_a_server_has_started_its_journal_alone_brings_the_whole_class_back() throws Exception {
        Path first = folder.resolve("first/progress.journal");
        Path second = folder.resolve("second/progress.journal");
        List<ProgressStore> servers = startCluster(first, second);
        record(servers, 1);
        record(servers, 2);
        Set<LearnerProgress> recorded = everyone(servers.get(0));
        stopCluster();
        startCluster(first, second);
        stopCluster();
        for (String file : new String[] {"progress.journal", "progress.journal.snapshot"}) {
            Files.deleteIfExists(first.resolveSibling(file));
        }

        List<ProgressStore> restarted = startCluster(first, second);

        assertThat(everyone(restarted.get(0))).isEqualTo(recorded).hasSize(learners.size());
    }

    @Test
    void a_server_that_starts_with_an_older_copy_of_a_journal_undoes_nothing() throws Exception {
        Path first = folder.resolve("first/progress.journal");
        List<ProgressStore> servers = startCluster(first, folder.resolve("second/progress.journal"));
        List<ProgressStore> onlyFirst = List.of(servers.get(0), servers.get(0));
        record(onlyFirst, 1);
        Path olderCopy = Files.createDirectories(folder.resolve("older")).resolve("progress.journal");
        Files.copy(first, olderCopy);
        record(onlyFirst, 2);
        servers.get(0).update(learners.get(1), new ProgressChange.Forget());
        Set<LearnerProgress> recorded = everyone(servers.get(0));
        stopCluster();

        List<ProgressStore> restarted = startCluster(first, olderCopy);

        assertThat(everyone(restarted.get(1))).isEqualTo(recorded);
        assertThat(restarted.get(1).progress(learners.get(1))).isEqualTo(LearnerProgress.newcomer(learners.get(1)));
        assertThat(restarted.get(0).progress(learners.get(2)).lesson("alliluyeva").attemptCount()).isEqualTo(2);
    }
}
