package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** What the learners did that the app must agree with, and the pushes they received. */
final class RunCounters {

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger pushes = new AtomicInteger();
    private final List<Long> reloadPushNanos = new ArrayList<>();
    private volatile long lessonSavedAt;

    void quizChecked() {
        checks.incrementAndGet();
    }

    int checks() {
        return checks.get();
    }

    void lessonSaved() {
        lessonSavedAt = System.nanoTime();
    }

    /** Every UIDL message that arrived on a push websocket; those after a lesson save time the reload notice. */
    void pushed(JsonNode message) {
        pushes.incrementAndGet();
        long savedAt = lessonSavedAt;
        if (savedAt != 0) {
            synchronized (reloadPushNanos) {
                reloadPushNanos.add(System.nanoTime() - savedAt);
            }
        }
    }

    int pushes() {
        return pushes.get();
    }

    /** Time from the lesson save to each push that followed it, in milliseconds, sorted. */
    List<Double> reloadPushMillis() {
        synchronized (reloadPushNanos) {
            return reloadPushNanos.stream().sorted().map(nanos -> nanos / 1e6).toList();
        }
    }
}
