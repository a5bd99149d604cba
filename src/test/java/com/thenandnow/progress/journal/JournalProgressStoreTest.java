package com.thenandnow.progress.journal;

import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.ProgressStoreContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The journaled store passes the store contract, writing to a journal in a temporary folder. */
class JournalProgressStoreTest extends ProgressStoreContract {

    @TempDir
    Path folder;

    private Journal journal;

    @Override
    protected ProgressStore newStore() throws Exception {
        journal = Journal.open(folder.resolve("progress.journal"), new ProgressJson());
        return JournalProgressStore.restore(journal, Clock.systemUTC());
    }

    @Override
    protected void close(ProgressStore store) throws Exception {
        journal.close();
    }
}
