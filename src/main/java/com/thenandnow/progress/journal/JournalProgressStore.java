package com.thenandnow.progress.journal;

import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ProgressStore;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress in memory, every change journaled before it is answered. A change is applied and appended to
 * the journal inside {@link ConcurrentMap#compute}, so a learner's lines are in the order their changes
 * were applied; the caller then waits for the commit outside it, so learners share fsyncs and never wait
 * for one another's. On start the journal is replayed into memory.
 */
public final class JournalProgressStore implements ProgressStore {

    private static final Logger log = LoggerFactory.getLogger(JournalProgressStore.class);

    private final ConcurrentMap<LearnerId, LearnerState> learners = new ConcurrentHashMap<>();
    private final Journal journal;
    private final Sequence sequence;

    private JournalProgressStore(Journal journal, Replay replay, Clock clock) {
        this.journal = journal;
        this.sequence = new Sequence(clock, replay.lastSeq());
        replay.states().forEach((learner, state) -> state.progress().ifPresent(progress -> learners.put(learner, state)));
    }

    /** The store with everything {@code journal} holds; the journal stays the caller's to close. */
    public static JournalProgressStore restore(Journal journal, Clock clock) throws IOException {
        long start = System.nanoTime();
        Replay replay = new Replay();
        journal.replay(replay::add);
        JournalProgressStore store = new JournalProgressStore(journal, replay, clock);
        log.info("Restored {} learners from {} journal lines in {} ms", store.learners.size(), replay.lines(),
                (System.nanoTime() - start) / 1_000_000);
        return store;
    }

    @Override
    public LearnerProgress progress(LearnerId learner) {
        LearnerState state = learners.get(learner);
        return state != null ? state.progressOrNewcomer() : LearnerProgress.newcomer(learner);
    }

    @Override
    public LearnerProgress update(LearnerId learner, ProgressChange change) {
        Journaled journaled = new Journaled();
        learners.compute(learner, (id, before) -> journaled.apply(new LearnerChange(sequence.next(), id, change), before));
        Journal.await(journaled.commit);
        return journaled.after.progressOrNewcomer();
    }

    @Override
    public List<LearnerProgress> all() {
        return learners.values().stream().map(LearnerState::progressOrNewcomer).toList();
    }

    /** One update's outcome, filled in inside {@code compute}. */
    private final class Journaled {
        private LearnerState after;
        private CompletableFuture<Void> commit;

        /** The state to hold after the change, {@code null} when nothing is left to hold. */
        LearnerState apply(LearnerChange change, LearnerState before) {
            after = change.after(before);
            commit = journal.append(change);
            return after.progress().isPresent() ? after : null;
        }
    }
}
