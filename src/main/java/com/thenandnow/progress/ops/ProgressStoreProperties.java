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
    static final String NONE = "none";

    public enum Store { LOCAL, HAZELCAST }

    /** The journal file, or empty when progress is kept in memory only. */
    public Optional<Path> journalFile() {
        return isNone(journal) ? Optional.empty() : Optional.of(Path.of(journal.strip()));
    }

    static boolean isNone(String journal) {
        return journal.isBlank() || journal.strip().equalsIgnoreCase(NONE);
    }
}
