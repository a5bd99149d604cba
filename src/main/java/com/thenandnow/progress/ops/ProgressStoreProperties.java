package com.thenandnow.progress.ops;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.progress.store}: {@code local} (this server's memory) or {@code hazelcast} (shared by a cluster
 * of servers, see {@code app.cluster.*}); {@code app.progress.journal}: the file every change is journaled
 * to before it is answered (also {@code APP_PROGRESS_JOURNAL}), or {@code none} for memory only.
 */
@ConfigurationProperties("app.progress")
public record ProgressStoreProperties(@DefaultValue("local") Store store, @DefaultValue(DEFAULT_JOURNAL) String journal) {

    public static final String DEFAULT_JOURNAL = "data/progress.journal";
    private static final String NONE = "none";

    public enum Store { LOCAL, HAZELCAST }

    /** The journal file, or empty when progress is kept in memory only. */
    public Optional<Path> journalFile() {
        return isJournal(journal) ? Optional.of(Path.of(journal.strip())) : Optional.empty();
    }

    /** Whether the setting names a journal file, rather than {@code none} (read by the configuration's condition too). */
    public static boolean isJournal(String journal) {
        return !journal.isBlank() && !journal.strip().equalsIgnoreCase(NONE);
    }
}
