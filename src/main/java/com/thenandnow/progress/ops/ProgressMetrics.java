package com.thenandnow.progress.ops;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.progress.journal.Journal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The gauges and the reload timer of {@code /actuator/metrics} (the quiz check timer, {@code quiz.checks},
 * is kept by the recorder itself). Learner gauges read the whole store when read, so they cost a scan per
 * scrape; in a cluster that scan asks every member.
 */
@Component
class ProgressMetrics implements MeterBinder {

    /** A learner counts as active for this long after their last recorded change. */
    static final Duration ACTIVE = Duration.ofMinutes(15);

    private final ProgressStore store;
    private final ObjectProvider<Journal> journal;
    private final LessonLibrary library;
    private final Clock clock;

    ProgressMetrics(ProgressStore store, ObjectProvider<Journal> journal, LessonLibrary library, Clock clock) {
        this.store = store;
        this.journal = journal;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("progress.learners.active", this::activeLearners).description(
                "Learners with a change recorded in the last " + ACTIVE.toMinutes() + " minutes").register(meters);
        Gauge.builder("progress.learners.stored", () -> store.all().size())
                .description("Learners with anything recorded").register(meters);
        journal.ifAvailable(file -> {
            Gauge.builder("progress.journal.lag", file, it -> it.status().lagSeconds()).baseUnit("seconds")
                    .description("How long the oldest change not yet on disk has waited").register(meters);
            Gauge.builder("progress.journal.size", file, it -> it.status().bytes()).baseUnit("bytes")
                    .description("The journal's files on disk: tail, snapshot, compaction in progress").register(meters);
        });
        Timer reloads = Timer.builder("lessons.reload").description("Reading the lessons folder into a new live course")
                .register(meters);
        library.onReload(course -> timeReload(reloads, course));
    }

    private long activeLearners() {
        Instant since = clock.instant().minus(ACTIVE);
        return store.all().stream().flatMap(learner -> learner.lastActive().stream()).filter(since::isBefore).count();
    }

    /** A course read afresh says when its reading began; a failed reload keeps the old course and is not timed. */
    private void timeReload(Timer reloads, Course course) {
        if (course.notice().isEmpty()) {
            reloads.record(Duration.between(course.loadedAt(), clock.instant()));
        }
    }
}
