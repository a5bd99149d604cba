package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the learners did that the app must agree with, and the pushes they received. */
final class RunCounters {

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger pushes = new AtomicInteger();
    private final List<Long> reloadPushNanos = new ArrayList<>();
    private final Set<Integer> onSavedLesson = ConcurrentHashMap.newKeySet();
    private final Set<Integer> notified = ConcurrentHashMap.newKeySet();
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

    /** These learners showed the saved lesson's page from the save until well after it: each needs a notice. */
    void expectNotices(Set<Integer> learners) {
        onSavedLesson.addAll(learners);
    }

    /** Every UIDL message that arrived on a learner's push websocket; those after a lesson save time the notice. */
    void pushed(int learner, JsonNode message) {
        pushes.incrementAndGet();
        long savedAt = lessonSavedAt;
        if (savedAt != 0) {
            notified.add(learner);
            synchronized (reloadPushNanos) {
                reloadPushNanos.add(System.nanoTime() - savedAt);
            }
        }
    }

    /** {learners on the saved lesson's page, how many of them got a push after the save}. */
    int[] reloadNotices() {
        return new int[] {onSavedLesson.size(), (int) onSavedLesson.stream().filter(notified::contains).count()};
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
