package com.thenandnow.progress.ops;

import com.thenandnow.progress.InMemoryProgressStore;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.journal.Journal;
import com.thenandnow.progress.journal.JournalProgressStore;
import com.thenandnow.progress.journal.ProgressJson;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The journal, unless {@code app.progress.journal=none}, and the single-server store (the default): memory
 * rebuilt from the journal at start. The journal closes after the store's last user, the web server, has
 * finished its requests, and flushes what is queued.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("T(com.thenandnow.progress.ops.ProgressStoreProperties).isJournal('${app.progress.journal:"
            + ProgressStoreProperties.DEFAULT_JOURNAL + "}')")
    Journal progressJournal(ProgressStoreProperties properties) throws IOException {
        return Journal.open(properties.journalFile().orElseThrow(), new ProgressJson());
    }

    @Bean
    @ConditionalOnProperty(name = "app.progress.store", havingValue = "local", matchIfMissing = true)
    ProgressStore progressStore(ObjectProvider<Journal> journal, Clock clock) throws IOException {
        Journal file = journal.getIfAvailable();
        if (file == null) {
            log.warn("app.progress.journal is none: progress is kept in memory only and is lost when the app stops");
            return new InMemoryProgressStore();
        }
        return JournalProgressStore.restore(file, clock);
    }
}
