package com.thenandnow.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Heap per open learner UI: opens UIs that each show home, answer the name dialog and open a lesson, then
 * leaves them idle. The app's heap after a full GC (jcmd GC.run) is read once after warm-up UIs and once
 * after N more; the difference divided by N is the heap one open UI (with its session) keeps. The class
 * histogram difference shows where it goes.
 */
final class HeapPerUi {

    private static final int WARM_UP_UIS = 50;
    private static final int AT_ONCE = 20;

    private final LoadOptions options;
    private final AppUnderTest app;

    HeapPerUi(LoadOptions options, AppUnderTest app) {
        this.options = options;
        this.app = app;
    }

    boolean measure() throws Exception {
        if (app.pid() < 0) {
            throw new IllegalStateException("--mode=heap needs the app started here (no --url): it runs jcmd on it");
        }
        Jcmd jcmd = new Jcmd(app.pid());
        try (ClientPools pools = new ClientPools(options.clientThreads())) {
            StepStats stats = new StepStats();
            List<FlowClient> open = new ArrayList<>(openIdle(pools, stats, WARM_UP_UIS));
            long before = jcmd.heapUsedAfterFullGc();
            Map<String, Long> classesBefore = jcmd.classHistogram();
            long rssBefore = jcmd.rssKb();
            open.addAll(openIdle(pools, stats, options.learners()));
            long after = jcmd.heapUsedAfterFullGc();
            Map<String, Long> classesAfter = jcmd.classHistogram();
            long rssAfter = jcmd.rssKb();
            print(before, after, rssAfter - rssBefore, Jcmd.difference(classesBefore, classesAfter));
            open.forEach(FlowClient::close);
            System.out.println("errors while opening UIs: " + stats.totalErrors() + " " + stats.errorReasons());
            return stats.totalErrors() == 0;
        }
    }

    private List<FlowClient> openIdle(ClientPools pools, StepStats stats, int count) {
        List<FlowClient> clients = new ArrayList<>();
        for (int first = 0; first < count; first += AT_ONCE) {
            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (int i = first; i < Math.min(count, first + AT_ONCE); i++) {
                FlowClient client = new FlowClient(pools.http, app.url, new Cookies(), message -> { });
                clients.add(client);
                batch.add(IdleUi.open(client, stats, options.push()));
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).exceptionally(error -> null).join();
        }
        return clients;
    }

    private void print(long before, long after, long rssDeltaKb, List<Map.Entry<String, Long>> classes) {
        int n = options.learners();
        System.out.printf(Locale.ROOT, "Heap after full GC: %d KB with %d warm-up UIs, %d KB with %d more (push %s)%n",
                before, WARM_UP_UIS, after, n, options.push() ? "on" : "off: no websocket opened");
        System.out.printf(Locale.ROOT, "HEAP PER OPEN LEARNER UI: %.1f KB (RSS grew %.1f KB per UI)%n",
                (after - before) / (double) n, rssDeltaKb / (double) n);
        System.out.println("Largest growth by class (bytes per UI):");
        classes.stream().limit(25).forEach(entry -> System.out.printf(Locale.ROOT, "  %9.0f  %s%n",
                entry.getValue() / (double) n, entry.getKey()));
    }
}
