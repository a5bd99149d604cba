package com.thenandnow.progress;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.LessonsProperties;
import com.thenandnow.progress.journal.Journal;
import com.thenandnow.progress.journal.JournalProgressStore;
import com.thenandnow.progress.journal.ProgressJson;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.Response;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of the journal, on the real course: quiz check latency (grading and recording, as the quiz page
 * does it) with 8 and 64 learners checking back to back at once, in memory and journaled; the journal's size after 100,000
 * attempts, before and after compaction; and the memory one learner takes in the store. Prints every run
 * and the medians; asserts nothing about time. Surefire skips it by default:
 * {@code ./mvnw test -Dtest=ProgressBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ProgressBenchmark {

    private static final int RUNS = 5;
    private static final int LEARNERS = 64;
    private static final int CHECKS_PER_LEARNER = 100;
    private static final int ATTEMPTS_FOR_SIZE = 100_000;

    @TempDir
    Path folder;

    private final List<Lesson> lessons = new LessonLibrary(new LessonsProperties(Path.of("lessons")), Clock.systemUTC())
            .course().lessons();
    private final QuizAttempts quizzes = new QuizAttempts();

    /** At 8 and at 64 learners checking at once, runs alternate between the two stores so noise hits both. */
    @Test
    void check_latency_with_and_without_the_journal() throws Exception {
        for (int learners : new int[] {8, LEARNERS}) {
            List<double[]> memory = new ArrayList<>();
            List<double[]> journaled = new ArrayList<>();
            for (int run = 1; run <= RUNS; run++) {
                memory.add(report("in memory", run, checkLatencies(new InMemoryProgressStore(), learners)));
                Path file = folder.resolve(learners + "-" + run + "/progress.journal");
                try (Journal journal = Journal.open(file, new ProgressJson())) {
                    ProgressStore store = JournalProgressStore.restore(journal, Clock.systemUTC());
                    journaled.add(report("journaled", run, checkLatencies(store, learners)));
                }
            }
            double[] memoryMedian = medians(memory);
            double[] journalMedian = medians(journaled);
            System.out.printf(Locale.ROOT, "check latency, %d learners checking at once, median of %d runs:%n"
                    + "  in memory: p50 %.2f ms, p95 %.2f ms%n  journaled: p50 %.2f ms, p95 %.2f ms%n"
                    + "  journaled / in memory: p50 x%.1f, p95 x%.1f%n", learners, RUNS, memoryMedian[0], memoryMedian[1],
                    journalMedian[0], journalMedian[1], journalMedian[0] / memoryMedian[0], journalMedian[1] / memoryMedian[1]);
        }
    }

    /** Every learner, on a thread of its own, checks quizzes back to back; answers the sorted latencies in ms. */
    private double[] checkLatencies(ProgressStore store, int learnerCount) throws Exception {
        ProgressRecorder recorder = new ProgressRecorder(store, Clock.systemUTC(), new ProgressProperties(20), new SimpleMeterRegistry());
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> learners = IntStream.range(0, learnerCount).mapToObj(i -> new Thread(() -> {
            LearnerId learner = LearnerId.random();
            for (int check = 0; check < CHECKS_PER_LEARNER; check++) {
                Lesson lesson = lessons.get(ThreadLocalRandom.current().nextInt(lessons.size()));
                Map<Integer, Response> answers = someAnswers(lesson);
                long start = System.nanoTime();
                recorder.submit(learner, quizzes.start(lesson), answers);
                latencies.add((System.nanoTime() - start) / 1e6);
            }
        })).toList();
        learners.forEach(Thread::start);
        for (Thread learner : learners) {
            learner.join();
        }
        return latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** An option picked for every question: choices get graded with their feedback, other kinds count as left open. */
    private static Map<Integer, Response> someAnswers(Lesson lesson) {
        return lesson.questions().stream().collect(Collectors.toMap(question -> question.text().number(),
                question -> new Response.Chosen(Set.of(ThreadLocalRandom.current().nextInt(2)))));
    }

    private static double[] report(String store, int run, double[] sorted) {
        double[] percentiles = {percentile(sorted, 0.50), percentile(sorted, 0.95)};
        System.out.printf(Locale.ROOT, "run %d, %s: %d checks, p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", run, store,
                sorted.length, percentiles[0], percentiles[1], sorted[sorted.length - 1]);
        return percentiles;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }

    private static double[] medians(List<double[]> runs) {
        return IntStream.range(0, 2).mapToDouble(i -> runs.stream().mapToDouble(run -> run[i]).sorted()
                .skip(runs.size() / 2).findFirst().orElseThrow()).toArray();
    }

    /**
     * Two classes of 100,000 attempts: 1,000 learners of 100 attempts (about 14 per lesson, so all of them
     * are still kept) and 100 learners of 1,000 (143 per lesson, of which the first and the latest 20 are kept).
     */
    @Test
    void journal_size_after_100000_attempts_before_and_after_compaction() throws Exception {
        for (int perLearner : new int[] {100, 1_000}) {
            Path file = folder.resolve("size-" + perLearner + "/progress.journal");
            try (Journal journal = Journal.open(file, new ProgressJson(), Long.MAX_VALUE)) {
                ProgressStore store = JournalProgressStore.restore(journal, Clock.systemUTC());
                long start = System.nanoTime();
                recordAttempts(store, ATTEMPTS_FOR_SIZE / perLearner, perLearner);
                double seconds = (System.nanoTime() - start) / 1e9;
                long before = journal.status().bytes();
                journal.compact().join();
                long after = journal.status().bytes();
                System.out.printf(Locale.ROOT, "%,d attempts by %,d learners (20 kept per lesson) recorded in %.1f s; "
                                + "journal %,.1f MB before compaction, %,.1f MB after (%.0f%%)%n", ATTEMPTS_FOR_SIZE,
                        ATTEMPTS_FOR_SIZE / perLearner, seconds, before / 1e6, after / 1e6, 100.0 * after / before);
            }
        }
    }

    /** {@code perLearner} checks by each of {@code learnerCount} learners, from 64 threads. */
    private void recordAttempts(ProgressStore store, int learnerCount, int perLearner) throws InterruptedException {
        ProgressRecorder recorder = new ProgressRecorder(store, Clock.systemUTC(), new ProgressProperties(20), new SimpleMeterRegistry());
        List<Thread> threads = IntStream.range(0, LEARNERS).mapToObj(t -> new Thread(() -> {
            for (int l = t; l < learnerCount; l += LEARNERS) {
                LearnerId learner = LearnerId.random();
                for (int a = 0; a < perLearner; a++) {
                    Lesson lesson = lessons.get(a % lessons.size());
                    recorder.submit(learner, quizzes.start(lesson), someAnswers(lesson));
                }
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    @Test
    void memory_per_learner_in_the_store() throws Exception {
        int learners = 2_000;
        Path file = folder.resolve("memory/progress.journal");
        try (Journal journal = Journal.open(file, new ProgressJson())) {
            long recorded = heapGrowth(() -> fill(JournalProgressStore.restore(journal, Clock.systemUTC()), learners));
            System.out.printf(Locale.ROOT, "memory per learner (every lesson read, 3 attempts each, %d learners): "
                    + "%.1f KB as recorded%n", learners, recorded / 1024.0 / learners);
        }
        try (Journal journal = Journal.open(file, new ProgressJson())) {
            long replayed = heapGrowth(() -> JournalProgressStore.restore(journal, Clock.systemUTC()));
            System.out.printf(Locale.ROOT, "  %.1f KB after a restart, read back from the journal%n",
                    replayed / 1024.0 / learners);
        }
    }

    private ProgressStore fill(ProgressStore store, int learners) throws InterruptedException {
        ProgressRecorder recorder = new ProgressRecorder(store, Clock.systemUTC(), new ProgressProperties(20), new SimpleMeterRegistry());
        for (int l = 0; l < learners; l++) {
            LearnerId learner = LearnerId.random();
            for (Lesson lesson : lessons) {
                recorder.markRead(learner, lesson);
                for (int a = 0; a < 3; a++) {
                    recorder.submit(learner, quizzes.start(lesson), someAnswers(lesson));
                }
            }
        }
        return store;
    }

    /** The live heap the store built by {@code build} holds, measured after full collections. */
    private static long heapGrowth(Builder build) throws Exception {
        long before = usedAfterGc();
        Object store = build.build();
        long after = usedAfterGc();
        Reference.reachabilityFence(store);
        return after - before;
    }

    private interface Builder {
        Object build() throws Exception;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
