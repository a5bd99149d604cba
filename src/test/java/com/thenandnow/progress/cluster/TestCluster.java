package com.thenandnow.progress.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Real Hazelcast members embedded in the test JVM, on loopback ports of their own, in a cluster whose name
 * is new for every run, so that runs never join one another. Joins start at once, and a member that stops
 * answering is given up after a few seconds rather than a minute.
 */
final class TestCluster implements AutoCloseable {

    private final String name = "then-and-now-test-" + UUID.randomUUID();
    private final List<Integer> ports;
    private final List<HazelcastInstance> members = new ArrayList<>();

    TestCluster(int size) {
        ports = IntStream.range(0, size).mapToObj(i -> freePort()).toList();
    }

    /** Starts every member, in parallel, and answers once they form one cluster. */
    static TestCluster start(int size) {
        TestCluster cluster = new TestCluster(size);
        List<HazelcastInstance> started = IntStream.range(0, size).parallel().mapToObj(cluster::newMember).toList();
        cluster.members.addAll(started);
        return cluster;
    }

    HazelcastInstance member(int index) {
        return members.get(index);
    }

    /** A new member in the slot of member {@code index} (same port), e.g. after that one was killed. */
    HazelcastInstance restart(int index) {
        HazelcastInstance member = newMember(index);
        members.set(index, member);
        return member;
    }

    private HazelcastInstance newMember(int index) {
        List<String> addresses = ports.stream().map(port -> "127.0.0.1:" + port).toList();
        Config config = ClusterMember.config(name, ports.get(index), addresses);
        config.setInstanceName(name + "-" + index);
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "4");
        config.getNetworkConfig().getJoin().getTcpIpConfig().setConnectionTimeoutSeconds(2);
        return Hazelcast.newHazelcastInstance(config);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        members.forEach(member -> member.getLifecycleService().terminate());
    }
}
