package com.thenandnow.progress.cluster;

import com.hazelcast.map.IMap;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.journal.Journal;
import com.thenandnow.progress.journal.LearnerState;
import com.thenandnow.progress.journal.Replay;
import com.thenandnow.progress.journal.Sequence;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress shared by every server of a cluster: a Hazelcast map from learner id to {@link LearnerState},
 * spread over the members with one backup each. A change runs as an entry processor on the member that owns
 * the learner, atomically for that learner, and then on its backup. When journaling, the server that
 * answers the learner writes the learner's new state to its own journal before answering. A server that
 * starts merges its journal into the cluster, the newest state of each learner winning, and then journals
 * the cluster's whole state once, so each server's journal holds the whole class as of its start.
 * <p>When a member dies in the middle of an update, Hazelcast may run the update again on the new owner, so
 * a change must give the same result applied twice; every {@link ProgressChange} kind does (attempts are
 * recognised by their id).
 */
public final class HazelcastProgressStore implements ProgressStore {

    private static final Logger log = LoggerFactory.getLogger(HazelcastProgressStore.class);

    private final IMap<String, LearnerState> learners;
    private final Optional<Journal> journal;
    private final Sequence sequence;

    private HazelcastProgressStore(IMap<String, LearnerState> learners, Optional<Journal> journal, Clock clock, long lastSeq) {
        this.learners = learners;
        this.journal = journal;
        this.sequence = new Sequence(clock, lastSeq);
    }

    /** The store on {@code learners}, after merging what {@code journal} holds into the cluster. */
    public static HazelcastProgressStore join(IMap<String, LearnerState> learners, Optional<Journal> journal, Clock clock)
            throws IOException {
        Replay replay = new Replay();
        if (journal.isPresent()) {
            journal.get().replay(replay::add);
            merge(learners, replay);
            journalEveryone(learners, journal.get());
        }
        return new HazelcastProgressStore(learners, journal, clock, replay.lastSeq());
    }

    private static void merge(IMap<String, LearnerState> learners, Replay replay) {
        long start = System.nanoTime();
        List<CompletableFuture<Boolean>> merged = replay.states().values().stream()
                .map(state -> learners.submitToKey(state.learner().value(), new KeepNewer(state)).toCompletableFuture())
                .toList();
        long newer = merged.stream().filter(CompletableFuture::join).count();
        log.info("Merged {} learners from the journal into the cluster ({} newer than the cluster's) in {} ms",
                merged.size(), newer, (System.nanoTime() - start) / 1_000_000);
    }

    private static void journalEveryone(IMap<String, LearnerState> learners, Journal journal) {
        CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
        for (LearnerState state : learners.values()) {
            written = journal.append(state);
        }
        Journal.await(written);
    }

    @Override
    public LearnerProgress progress(LearnerId learner) {
        LearnerState state = learners.get(learner.value());
        return state != null ? state.progressOrNewcomer() : LearnerProgress.newcomer(learner);
    }

    @Override
    public LearnerProgress update(LearnerId learner, ProgressChange change) {
        LearnerState after = learners.executeOnKey(learner.value(), new ApplyChange(change, sequence.next()));
        journal.ifPresent(local -> Journal.await(local.append(after)));
        return after.progressOrNewcomer();
    }

    @Override
    public List<LearnerProgress> all() {
        return learners.values().stream().flatMap(state -> state.progress().stream()).toList();
    }
}
