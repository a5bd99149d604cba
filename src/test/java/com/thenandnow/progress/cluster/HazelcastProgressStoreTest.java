package com.thenandnow.progress.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.ProgressStoreContract;
import com.thenandnow.progress.journal.Journal;
import com.thenandnow.progress.journal.ProgressJson;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster store passes the store contract on a real two-member cluster: every case writes through the
 * first member, and reads and half the concurrent updates go through the second; both members journal.
 * Each case gets a map of its own, so the members start once for the class.
 */
class HazelcastProgressStoreTest extends ProgressStoreContract {

    private static TestCluster cluster;
    private static int maps;

    @TempDir
    Path folder;

    private final Map<ProgressStore, ProgressStore> secondMember = new IdentityHashMap<>();
    private final List<Journal> journals = new ArrayList<>();
    private String map;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(2);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Override
    protected ProgressStore newStore() throws Exception {
        map = ClusterMember.MAP + "-" + ++maps;
        ProgressStore first = storeOn(cluster.member(0), "first");
        secondMember.put(first, storeOn(cluster.member(1), "second"));
        return first;
    }

    private ProgressStore storeOn(HazelcastInstance member, String name) throws Exception {
        Journal journal = Journal.open(folder.resolve(name).resolve("progress.journal"), new ProgressJson());
        journals.add(journal);
        return HazelcastProgressStore.join(member.getMap(map), Optional.of(journal), Clock.systemUTC());
    }

    @Override
    protected ProgressStore elsewhere(ProgressStore store) {
        return secondMember.get(store);
    }

    @Override
    protected void close(ProgressStore store) throws Exception {
        cluster.member(0).getMap(map).destroy();
        for (Journal journal : journals) {
            journal.close();
        }
    }
}
