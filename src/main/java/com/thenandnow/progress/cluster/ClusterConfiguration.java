package com.thenandnow.progress.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.journal.Journal;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code app.progress.store=hazelcast}: this server's Hazelcast member and the store on it. Without,
 * this class is skipped before any Hazelcast class loads, so a single server starts no member at all.
 * Spring shuts the member down gracefully (its learners move to the other members first) after the web
 * server has finished its requests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.progress.store", havingValue = "hazelcast")
class ClusterConfiguration {

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance progressCluster(ClusterProperties cluster) {
        return Hazelcast.newHazelcastInstance(ClusterMember.config(cluster.name(), cluster.port(), cluster.members()));
    }

    @Bean
    ProgressStore progressStore(HazelcastInstance member, ObjectProvider<Journal> journal, Clock clock) throws IOException {
        return HazelcastProgressStore.join(member.getMap(ClusterMember.MAP), Optional.ofNullable(journal.getIfAvailable()), clock);
    }
}
