package com.thenandnow.progress.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.List;

/** The Hazelcast configuration of one app server: a member found by TCP-IP at the addresses listed. */
public final class ClusterMember {

    /** The map of learners' states. */
    public static final String MAP = "progress";

    private ClusterMember() {
    }

    /**
     * A member of {@code clusterName} on {@code port} (no port search: each server has its own), joining the
     * members listed as {@code host:port}; no multicast, no cloud discovery, no phoning home.
     */
    public static Config config(String clusterName, int port, List<String> members) {
        Config config = new Config().setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // Spring shuts the member down after the web server has finished its requests, not the JVM's hook
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // a server that vanishes without closing its connections (power, network) is given up after 15 s, not 60
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "15");
        NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        config.addMapConfig(progressMap());
        ProgressSerializers.register(config.getSerializationConfig());
        return config;
    }

    /** Learners' states: one synchronous backup, kept as objects (they are immutable), newest wins after a split. */
    private static MapConfig progressMap() {
        MapConfig map = new MapConfig(MAP + "*").setBackupCount(1).setAsyncBackupCount(0)
                .setInMemoryFormat(InMemoryFormat.OBJECT);
        map.getMergePolicyConfig().setPolicy(NewestProgressWins.class.getName());
        return map;
    }
}
