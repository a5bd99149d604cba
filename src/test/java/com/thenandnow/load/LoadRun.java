package com.thenandnow.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One load run: learners arrive evenly over the ramp, then all of them stay for the measured duration;
 * half-way through it a lesson is saved, so open lesson pages get a reload notice by push. Afterwards
 * the quizzes the learners checked are compared with the attempts the app recorded.
 */
final class LoadRun {

    private static final int WARM_UP_LEARNERS = 50;

    private final LoadOptions options;
    private final AppUnderTest app;
    private final StepStats stats = new StepStats();
    private final RunCounters counters = new RunCounters();

    LoadRun(LoadOptions options, AppUnderTest app) {
        this.options = options;
        this.app = app;
    }

    /** Runs, prints the report, and answers whether the run was clean (no errors, counts agree). */
    boolean run() throws Exception {
        LoadReport report = new LoadReport(options);
        int attemptsBefore = attempts();
        try (ClientPools pools = new ClientPools(options.clientThreads());
             ProcessSampler appSampler = new ProcessSampler(app.pid());
             ProcessSampler clientSampler = new ProcessSampler(-1)) {
            if (app.pid() > 0) {
                appSampler.start(pools.scheduler, true);
            }
            clientSampler.start(pools.scheduler, false);
            long[] window = drive(pools);
            int attemptsAfter = attempts();
            return report.print(stats, counters, window, app.pid() > 0 ? appSampler : null, clientSampler,
                    attemptsBefore < 0 ? -1 : attemptsAfter - attemptsBefore);
        }
    }

    /**
     * A few learners first, unmeasured, so the app's JIT compiler has seen every page before the ramp; their
     * quiz checks still count in the comparison with the app's attempts.
     */
    private void warmUp(ClientPools pools) throws Exception {
        if (options.warmUp().isZero()) {
            return;
        }
        Pacing pacing = new Pacing(pools.scheduler, options.minThink(), options.maxThink());
        pacing.endAt(System.nanoTime() + options.warmUp().toNanos());
        StepStats unmeasured = new StepStats();
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < Math.min(WARM_UP_LEARNERS, options.learners()); i++) {
            learners.add(new Learner(-1 - i, new FlowClient(pools.http, app.url, new Cookies(), message -> { }), unmeasured,
                    pacing, counters));
        }
        awaitAll(learners.stream().map(Learner::run).toList(), options.warmUp());
        learners.forEach(Learner::close);
        System.out.println("warm-up: " + learners.size() + " learners for " + options.warmUp().toSeconds() + " s, "
                + unmeasured.totalErrors() + " errors " + unmeasured.errorReasons());
    }

    /** Answers the measured window's start and end (nanoTime). */
    private long[] drive(ClientPools pools) throws Exception {
        warmUp(pools);
        Pacing pacing = new Pacing(pools.scheduler, options.minThink(), options.maxThink());
        long start = System.nanoTime();
        long rampNanos = options.ramp().toNanos();
        long windowStart = start + rampNanos;
        long windowEnd = windowStart + options.duration().toNanos();
        pacing.endAt(windowEnd);
        List<Learner> learners = new CopyOnWriteArrayList<>();
        pools.scheduler.schedule(stats::openWindow, rampNanos, TimeUnit.NANOSECONDS);
        pools.scheduler.schedule(stats::closeWindow, windowEnd - start, TimeUnit.NANOSECONDS);
        if (options.saveLesson()) {
            new LessonSave(app, counters, pools.scheduler, learners)
                    .schedule(rampNanos + options.duration().toNanos() / 2, options.duration().toNanos() / 3);
        }
        List<CompletableFuture<Void>> visits = arrive(pools, pacing, learners);
        awaitAll(visits, options.ramp().plus(options.duration()));
        learners.forEach(Learner::close);
        return new long[] {windowStart, windowEnd};
    }

    /** Starts the learners evenly spread over the ramp; answers their visits. */
    private List<CompletableFuture<Void>> arrive(ClientPools pools, Pacing pacing, List<Learner> learners) {
        List<CompletableFuture<Void>> visits = new ArrayList<>();
        for (int i = 0; i < options.learners(); i++) {
            int number = i;
            FlowClient client = new FlowClient(pools.http, app.url, new Cookies(), message -> counters.pushed(number, message));
            Learner learner = new Learner(i, client, stats, pacing, counters);
            learners.add(learner);
            long delayMillis = options.ramp().toMillis() * i / options.learners();
            visits.add(pacing.after(delayMillis).thenCompose(v -> learner.run()));
        }
        return visits;
    }

    private void awaitAll(List<CompletableFuture<Void>> visits, java.time.Duration planned) throws Exception {
        long grace = options.maxThink().toMillis() + FlowClient.TIMEOUT.toMillis() * 2;
        long waitMillis = planned.toMillis() + grace;
        try {
            CompletableFuture.allOf(visits.toArray(CompletableFuture[]::new)).get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            long unfinished = visits.stream().filter(visit -> !visit.isDone()).count();
            System.out.println("WARNING: " + unfinished + " learners did not finish in time");
        }
    }

    private int attempts() {
        if (app.instructorPassword.isEmpty()) {
            return -1;
        }
        try {
            return ClassProgressCheck.attemptsRecorded(app.url, app.instructorPassword.get());
        } catch (Exception e) {
            System.out.println("could not read the class progress CSV: " + e);
            return -1;
        }
    }
}
