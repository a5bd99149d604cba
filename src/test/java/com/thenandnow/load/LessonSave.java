package com.thenandnow.load;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Saves a lesson during the run, as an instructor would, so that open pages of that lesson must get the
 * reload notice by push. Waits (up to a limit) for a moment when at least one learner shows the lesson's
 * page, so even a small run checks push end to end. The learners who still show it a few seconds later
 * (the watcher's quiet period and the reload have passed) are the ones who must have heard of it.
 */
final class LessonSave {

    private static final long RETRY_MILLIS = 200;
    private static final long SETTLE_MILLIS = 2000;

    private final AppUnderTest app;
    private final RunCounters counters;
    private final ScheduledExecutorService scheduler;
    private final List<Learner> learners;

    LessonSave(AppUnderTest app, RunCounters counters, ScheduledExecutorService scheduler, List<Learner> learners) {
        this.app = app;
        this.counters = counters;
        this.scheduler = scheduler;
        this.learners = learners;
    }

    void schedule(long delayNanos, long giveUpNanos) {
        long giveUpAt = System.nanoTime() + giveUpNanos;
        scheduler.schedule(() -> attempt(giveUpAt), delayNanos, TimeUnit.NANOSECONDS);
    }

    private Set<Integer> showing(String title) {
        return learners.stream().filter(learner -> learner.showsHeading(title)).map(Learner::number).collect(Collectors.toSet());
    }

    private Set<Integer> stillShowing(Set<Integer> before, String title) {
        Set<Integer> now = showing(title);
        now.retainAll(before);
        return now;
    }

    private void attempt(long giveUpAt) {
        try {
            String title = app.savedLessonTitle().orElse("");
            Set<Integer> onPage = showing(title);
            if (onPage.isEmpty() && System.nanoTime() < giveUpAt) {
                scheduler.schedule(() -> attempt(giveUpAt), RETRY_MILLIS, TimeUnit.MILLISECONDS);
                return;
            }
            counters.lessonSaved();
            app.saveALesson();
            scheduler.schedule(() -> counters.expectNotices(stillShowing(onPage, title)), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            System.out.println("could not save a lesson: " + e);
        }
    }
}
