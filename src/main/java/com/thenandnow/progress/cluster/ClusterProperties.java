package com.thenandnow.progress.cluster;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.cluster.*}, read when {@code app.progress.store=hazelcast}: the cluster's name (servers of
 * another name never join), this server's member port, and the members to join, as {@code host:port}.
 */
@ConfigurationProperties("app.cluster")
public record ClusterProperties(@DefaultValue("then-and-now") String name, @DefaultValue("5701") int port,
                                @DefaultValue List<String> members) {

    public ClusterProperties {
        members = List.copyOf(members);
    }
}
