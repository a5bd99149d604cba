package com.thenandnow.progress.ops;

import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.journal.Journal;
import com.thenandnow.progress.journal.JournalStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health "progressStore": the store answers a read (in a cluster, from the member that owns the learner),
 * and the journal, if any, can still write. A journal that failed to write (a full or broken disk) makes
 * the server not ready: learners' changes could no longer be kept, so it should get no new learners.
 */
@Component
class ProgressStoreHealthIndicator implements HealthIndicator {

    /** A learner no one is: reading it touches the store without changing anything. */
    private static final LearnerId PROBE = new LearnerId("00000000-0000-0000-0000-000000000000");

    private final ProgressStore store;
    private final ObjectProvider<Journal> journal;

    ProgressStoreHealthIndicator(ProgressStore store, ObjectProvider<Journal> journal) {
        this.store = store;
        this.journal = journal;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("store", store.getClass().getSimpleName());
        try {
            store.progress(PROBE);
        } catch (RuntimeException e) {
            health.down(e);
        }
        Journal file = journal.getIfAvailable();
        if (file == null) {
            return health.withDetail("journal", "none: progress is lost when the app stops").build();
        }
        JournalStatus status = file.status();
        status.failure().ifPresent(failure -> health.down().withDetail("journalFailure", failure));
        return health.withDetail("journal", status.file().toString()).withDetail("journalBytes", status.bytes())
                .withDetail("journalLagSeconds", status.lagSeconds()).build();
    }
}
