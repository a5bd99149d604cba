package com.thenandnow.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thenandnow.quiz.QuizResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The in-memory store: what it records, what it keeps, and that concurrent updates lose nothing. */
class InMemoryProgressStoreTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();
    private static final LearnerId BEN = LearnerId.random();

    private final InMemoryProgressStore store = new InMemoryProgressStore(new ProgressProperties(3));

    private static Attempt attempt(String lessonId, int minute, double percent) {
        return attempt(UUID.randomUUID(), lessonId, minute, percent);
    }

    private static Attempt attempt(UUID id, String lessonId, int minute, double percent) {
        return new Attempt(id, lessonId, "v1", T0.plusSeconds(60L * minute), new QuizResult(List.of(), percent, 70));
    }

    @Test
    void an_unknown_learner_is_a_newcomer_and_not_listed() {
        LearnerProgress progress = store.progress(ANN);

        assertThat(progress.learner()).isEqualTo(ANN);
        assertThat(progress.isGuest()).isTrue();
        assertThat(progress.introduced()).isFalse();
        assertThat(progress.lessons()).isEmpty();
        assertThat(progress.lesson("alliluyeva").hasAttempts()).isFalse();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void marking_a_lesson_read_twice_keeps_the_first_read_time() {
        store.markRead(ANN, "alliluyeva", T0);
        store.markRead(ANN, "alliluyeva", T0.plusSeconds(600));

        assertThat(store.progress(ANN).lesson("alliluyeva").readAt()).contains(T0);
        assertThat(store.progress(ANN).lastActive()).contains(T0.plusSeconds(600));
    }

    @Test
    void recording_an_attempt_adds_it_and_answers_the_lesson_progress() {
        Attempt attempt = attempt("alliluyeva", 1, 80);

        LessonProgress recorded = store.record(ANN, attempt);

        assertThat(recorded.attemptCount()).isEqualTo(1);
        assertThat(recorded.latestAttempt()).contains(attempt);
        assertThat(recorded.isPassed()).isTrue();
        assertThat(store.progress(ANN).lesson("alliluyeva")).isEqualTo(recorded);
        assertThat(store.progress(ANN).lastActive()).contains(attempt.submittedAt());
    }

    @Test
    void recording_the_same_attempt_id_twice_records_it_once() {
        Attempt attempt = attempt("alliluyeva", 1, 50);
        Attempt resent = attempt(attempt.id(), "alliluyeva", 2, 100);

        store.record(ANN, attempt);
        LessonProgress afterResend = store.record(ANN, resent);

        assertThat(afterResend.attemptCount()).isEqualTo(1);
        assertThat(afterResend.recentAttempts()).containsExactly(attempt);
        assertThat(afterResend.bestPercent()).isEqualTo(50);
        assertThat(afterResend.isPassed()).isFalse();
    }

    @Test
    void only_the_latest_attempts_are_kept_while_count_best_pass_time_and_first_attempt_survive() {
        Attempt first = attempt("alliluyeva", 1, 30);
        Attempt firstPass = attempt("alliluyeva", 2, 95);
        List<Attempt> later = List.of(attempt("alliluyeva", 3, 70), attempt("alliluyeva", 4, 20),
                attempt("alliluyeva", 5, 60), attempt("alliluyeva", 6, 80));

        store.record(ANN, first);
        store.record(ANN, firstPass);
        later.forEach(attempt -> store.record(ANN, attempt));
        LessonProgress progress = store.progress(ANN).lesson("alliluyeva");

        assertThat(progress.recentAttempts()).containsExactlyElementsOf(later.subList(1, 4));
        assertThat(progress.attemptCount()).isEqualTo(6);
        assertThat(progress.bestPercent()).isEqualTo(95);
        assertThat(progress.passedAt()).contains(firstPass.submittedAt());
        assertThat(progress.firstAttempt()).contains(first);
    }

    @Test
    void memory_per_learner_stays_bounded_however_many_attempts_are_made() {
        for (int minute = 1; minute <= 1000; minute++) {
            store.record(ANN, attempt("alliluyeva", minute, minute % 100));
        }

        LessonProgress progress = store.progress(ANN).lesson("alliluyeva");
        assertThat(progress.attemptCount()).isEqualTo(1000);
        assertThat(progress.recentAttempts()).hasSize(3);
        assertThat(progress.firstAttempt()).isPresent();
        assertThat(progress.bestPercent()).isEqualTo(99);
    }

    @Test
    void attempts_at_different_lessons_are_kept_apart() {
        store.record(ANN, attempt("alliluyeva", 1, 80));
        store.record(ANN, attempt("nureyev", 2, 20));

        assertThat(store.progress(ANN).lesson("alliluyeva").attemptCount()).isEqualTo(1);
        assertThat(store.progress(ANN).lesson("nureyev").attemptCount()).isEqualTo(1);
        assertThat(store.progress(ANN).lesson("nureyev").isPassed()).isFalse();
        assertThat(store.progress(BEN).lessons()).isEmpty();
    }

    @Test
    void a_snapshot_taken_before_an_update_does_not_change() {
        store.markRead(ANN, "alliluyeva", T0);
        store.record(ANN, attempt("alliluyeva", 1, 40));
        LearnerProgress before = store.progress(ANN);
        LessonProgress lessonBefore = before.lesson("alliluyeva");

        store.record(ANN, attempt("alliluyeva", 2, 90));
        store.markRead(ANN, "nureyev", T0.plusSeconds(600));
        store.rename(ANN, "Ann", T0.plusSeconds(700));

        assertThat(before.lessons()).containsOnlyKeys("alliluyeva");
        assertThat(before.displayName()).isEmpty();
        assertThat(before.lesson("alliluyeva")).isSameAs(lessonBefore);
        assertThat(lessonBefore.attemptCount()).isEqualTo(1);
        assertThat(lessonBefore.recentAttempts()).hasSize(1);
        assertThat(lessonBefore.isPassed()).isFalse();
        assertThat(store.progress(ANN).lesson("alliluyeva").attemptCount()).isEqualTo(2);
    }

    @Test
    void a_snapshot_cannot_be_changed_from_outside() {
        store.record(ANN, attempt("alliluyeva", 1, 40));
        LearnerProgress snapshot = store.progress(ANN);

        assertThatThrownBy(() -> snapshot.lessons().put("nureyev", LessonProgress.empty("nureyev")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.lesson("alliluyeva").recentAttempts().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void renaming_sets_the_name_and_keeps_the_progress() {
        store.record(ANN, attempt("alliluyeva", 1, 80));

        store.rename(ANN, "Ann", T0.plusSeconds(3600));

        LearnerProgress progress = store.progress(ANN);
        assertThat(progress.displayName()).isEqualTo("Ann");
        assertThat(progress.shownName()).isEqualTo("Ann");
        assertThat(progress.introduced()).isTrue();
        assertThat(progress.isGuest()).isFalse();
        assertThat(progress.lesson("alliluyeva").attemptCount()).isEqualTo(1);
        assertThat(progress.lastActive()).contains(T0.plusSeconds(3600));
    }

    @Test
    void renaming_to_blank_continues_as_an_introduced_guest() {
        store.rename(ANN, "", T0);

        LearnerProgress progress = store.progress(ANN);
        assertThat(progress.isGuest()).isTrue();
        assertThat(progress.introduced()).isTrue();
        assertThat(progress.shownName()).isEqualTo("Guest " + ANN.value().substring(0, 4));
    }

    @Test
    void all_lists_every_learner_with_any_activity() {
        store.markRead(ANN, "alliluyeva", T0);
        store.record(BEN, attempt("nureyev", 1, 10));
        store.progress(LearnerId.random());

        assertThat(store.all()).extracting(LearnerProgress::learner).containsExactlyInAnyOrder(ANN, BEN);
    }

    @Test
    void fewer_than_one_attempt_kept_is_rejected() {
        assertThatThrownBy(() -> new ProgressProperties(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrent_submissions_resubmissions_reads_and_renames_lose_nothing_and_double_nothing() throws Exception {
        int threads = 16;
        int learnerCount = 24;
        int attemptsPerLesson = 25;
        List<String> lessons = List.of("alliluyeva", "nureyev", "baryshnikov");
        InMemoryProgressStore shared = new InMemoryProgressStore(new ProgressProperties(attemptsPerLesson));

        List<LearnerId> learners = new ArrayList<>();
        Map<LearnerId, Map<String, Double>> bestByLearner = new HashMap<>();
        List<Runnable> work = new ArrayList<>();
        Random random = new Random(2024);
        for (int l = 0; l < learnerCount; l++) {
            LearnerId learner = LearnerId.random();
            learners.add(learner);
            Map<String, Double> best = new HashMap<>();
            for (String lessonId : lessons) {
                for (int a = 0; a < attemptsPerLesson; a++) {
                    Attempt attempt = attempt(lessonId, a, random.nextInt(101));
                    best.merge(lessonId, attempt.percent(), Math::max);
                    work.add(() -> shared.record(learner, attempt));
                }
                work.add(() -> shared.markRead(learner, lessonId, T0));
            }
            String name = "Learner " + l;
            work.add(() -> shared.rename(learner, name, T0));
            work.add(() -> shared.rename(learner, name, T0));
            bestByLearner.put(learner, best);
        }
        Collections.shuffle(work, random);

        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                // each share is run by two threads, so every update is also sent twice concurrently, as by a
                // double click; all attempts stay kept here, since a resend is recognised among the kept ones
                List<Runnable> share = work.subList(work.size() * (t / 2 * 2) / threads, work.size() * (t / 2 * 2 + 2) / threads);
                done.add(executor.submit(() -> {
                    start.await();
                    share.forEach(Runnable::run);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(shared.all()).hasSize(learnerCount);
        for (LearnerId learner : learners) {
            LearnerProgress progress = shared.progress(learner);
            assertThat(progress.displayName()).isEqualTo("Learner " + learners.indexOf(learner));
            for (String lessonId : lessons) {
                LessonProgress lesson = progress.lesson(lessonId);
                assertThat(lesson.attemptCount()).as("%s %s", learner, lessonId).isEqualTo(attemptsPerLesson);
                assertThat(lesson.bestPercent()).isEqualTo(bestByLearner.get(learner).get(lessonId));
                assertThat(lesson.recentAttempts()).hasSize(attemptsPerLesson).doesNotHaveDuplicates();
                assertThat(lesson.firstAttempt()).isPresent();
                assertThat(lesson.isRead()).isTrue();
                assertThat(lesson.isPassed()).isEqualTo(lesson.bestPercent() >= 70);
            }
        }
    }
}
