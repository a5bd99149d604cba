package com.thenandnow.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizResult;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProgressStore} must do: record what the changes say, keep what they keep, hand out
 * immutable snapshots, hold no learner with nothing recorded, and lose or double nothing under concurrent
 * updates. Each store's test extends this class and passes every case.
 */
public abstract class ProgressStoreContract {

    protected static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();
    private static final LearnerId BEN = LearnerId.random();
    private static final int KEPT = 3;

    private ProgressStore store;

    /** A new, empty store; it is closed by {@link #close} after the test when it needs closing. */
    protected abstract ProgressStore newStore() throws Exception;

    /** Releases what {@link #newStore} took (files, cluster members); nothing by default. */
    protected void close(ProgressStore store) throws Exception {
    }

    /**
     * The same store as another server of the app sees it, for stores shared by several servers; the store
     * itself where there is one server. Changes made through either must be seen through both.
     */
    protected ProgressStore elsewhere(ProgressStore store) {
        return store;
    }

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        close(store);
    }

    private static void rename(ProgressStore store, LearnerId learner, String name, Instant at) {
        store.update(learner, new ProgressChange.Rename(name, at));
    }

    private static void markRead(ProgressStore store, LearnerId learner, String lessonId, Instant at) {
        store.update(learner, new ProgressChange.MarkRead(lessonId, at));
    }

    private static LessonProgress record(ProgressStore store, LearnerId learner, Attempt attempt, int kept) {
        return store.update(learner, new ProgressChange.RecordAttempt(attempt, kept)).lesson(attempt.lessonId());
    }

    private void rename(LearnerId learner, String name, Instant at) {
        rename(store, learner, name, at);
    }

    private void markRead(LearnerId learner, String lessonId, Instant at) {
        markRead(store, learner, lessonId, at);
    }

    private LessonProgress record(LearnerId learner, Attempt attempt) {
        return record(store, learner, attempt, KEPT);
    }

    protected static Attempt attempt(String lessonId, int minute, double percent) {
        return attempt(UUID.randomUUID(), lessonId, minute, percent);
    }

    protected static Attempt attempt(UUID id, String lessonId, int minute, double percent) {
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
        markRead(ANN, "alliluyeva", T0);
        markRead(ANN, "alliluyeva", T0.plusSeconds(600));

        assertThat(store.progress(ANN).lesson("alliluyeva").readAt()).contains(T0);
        assertThat(store.progress(ANN).lastActive()).contains(T0.plusSeconds(600));
    }

    @Test
    void a_draft_is_kept_everywhere_until_its_attempt_is_recorded() {
        UUID attemptId = UUID.randomUUID();
        QuizDraft draft = new QuizDraft(attemptId, "v1", Optional.empty(),
                Map.of(1, new Response.Truth(true), 2, new Response.Typed("Barishnikov")), T0);

        store.update(ANN, new ProgressChange.SaveDraft("alliluyeva", draft));
        assertThat(elsewhere(store).progress(ANN).lesson("alliluyeva").draft()).contains(draft);

        record(ANN, attempt(attemptId, "alliluyeva", 1, 80));
        assertThat(elsewhere(store).progress(ANN).lesson("alliluyeva").draft()).isEmpty();
    }

    @Test
    void a_question_missed_enters_the_review_queue_and_an_answer_in_review_moves_it_everywhere() {
        Attempt missed = new Attempt(UUID.randomUUID(), "alliluyeva", "v1", T0, new QuizResult(List.of(
                new QuestionResult(1, "Who?", 0, Verdict.WRONG, "Nureyev", List.of())), 0, 70));
        record(ANN, missed);
        assertThat(elsewhere(store).progress(ANN).lesson("alliluyeva").review()).extracting(ReviewCard::box).containsExactly(1);

        store.update(ANN, new ProgressChange.AnswerReview(UUID.randomUUID(), "alliluyeva", "Who?", Verdict.RIGHT,
                "Alliluyeva", T0.plus(Duration.ofDays(1))));

        ReviewCard card = elsewhere(store).progress(ANN).lesson("alliluyeva").reviewCard("Who?").orElseThrow();
        assertThat(card.box()).isEqualTo(2);
        assertThat(card.lastAnswer()).isEqualTo("Alliluyeva");
        assertThat(card.reviewAnswers()).isEqualTo(1);
        assertThat(card.dueAt()).isEqualTo(T0.plus(Duration.ofDays(4)));
    }

    @Test
    void recording_an_attempt_adds_it_and_answers_the_lesson_progress() {
        Attempt attempt = attempt("alliluyeva", 1, 80);

        LessonProgress recorded = record(ANN, attempt);

        assertThat(recorded.attemptCount()).isEqualTo(1);
        assertThat(recorded.latestAttempt()).contains(attempt);
        assertThat(recorded.isPassed()).isTrue();
        assertThat(store.progress(ANN).lesson("alliluyeva")).isEqualTo(recorded);
        assertThat(elsewhere(store).progress(ANN).lesson("alliluyeva")).isEqualTo(recorded);
        assertThat(store.progress(ANN).lastActive()).contains(attempt.submittedAt());
    }

    @Test
    void recording_the_same_attempt_id_twice_records_it_once() {
        Attempt attempt = attempt("alliluyeva", 1, 50);
        Attempt resent = attempt(attempt.id(), "alliluyeva", 2, 100);

        record(ANN, attempt);
        LessonProgress afterResend = record(ANN, resent);

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

        record(ANN, first);
        record(ANN, firstPass);
        later.forEach(attempt -> record(ANN, attempt));
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
            record(ANN, attempt("alliluyeva", minute, minute % 100));
        }

        LessonProgress progress = store.progress(ANN).lesson("alliluyeva");
        assertThat(progress.attemptCount()).isEqualTo(1000);
        assertThat(progress.recentAttempts()).hasSize(3);
        assertThat(progress.firstAttempt()).isPresent();
        assertThat(progress.bestPercent()).isEqualTo(99);
    }

    @Test
    void attempts_at_different_lessons_are_kept_apart() {
        record(ANN, attempt("alliluyeva", 1, 80));
        record(ANN, attempt("nureyev", 2, 20));

        assertThat(store.progress(ANN).lesson("alliluyeva").attemptCount()).isEqualTo(1);
        assertThat(store.progress(ANN).lesson("nureyev").attemptCount()).isEqualTo(1);
        assertThat(store.progress(ANN).lesson("nureyev").isPassed()).isFalse();
        assertThat(store.progress(BEN).lessons()).isEmpty();
    }

    @Test
    void a_snapshot_taken_before_an_update_does_not_change() {
        markRead(ANN, "alliluyeva", T0);
        record(ANN, attempt("alliluyeva", 1, 40));
        LearnerProgress before = store.progress(ANN);
        LessonProgress lessonBefore = before.lesson("alliluyeva");

        record(ANN, attempt("alliluyeva", 2, 90));
        markRead(ANN, "nureyev", T0.plusSeconds(600));
        rename(ANN, "Ann", T0.plusSeconds(700));

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
        record(ANN, attempt("alliluyeva", 1, 40));
        LearnerProgress snapshot = store.progress(ANN);

        assertThatThrownBy(() -> snapshot.lessons().put("nureyev", LessonProgress.empty("nureyev")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.lesson("alliluyeva").recentAttempts().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void renaming_sets_the_name_and_keeps_the_progress() {
        record(ANN, attempt("alliluyeva", 1, 80));

        rename(ANN, "Ann", T0.plusSeconds(3600));

        LearnerProgress progress = store.progress(ANN);
        assertThat(progress.displayName()).isEqualTo("Ann");
        assertThat(progress.shownName()).isEqualTo("Ann");
        assertThat(progress.introduced()).isTrue();
        assertThat(progress.isGuest()).isFalse();
        assertThat(progress.lesson("alliluyeva").attemptCount()).isEqualTo(1);
        assertThat(progress.lastActive()).contains(T0.plusSeconds(3600));
    }

    @Test
    void a_learner_with_progress_renamed_to_blank_continues_as_an_introduced_guest() {
        markRead(ANN, "alliluyeva", T0);

        rename(ANN, "", T0);

        LearnerProgress progress = store.progress(ANN);
        assertThat(progress.isGuest()).isTrue();
        assertThat(progress.introduced()).isTrue();
        assertThat(progress.shownName()).isEqualTo("Guest " + ANN.value().substring(0, 4));
    }

    @Test
    void a_newcomer_who_continues_as_a_guest_is_not_held() {
        rename(ANN, "", T0);
        rename(BEN, "  ", T0);

        assertThat(store.all()).isEmpty();
        assertThat(store.progress(ANN).introduced()).isFalse();
    }

    @Test
    void all_lists_every_learner_with_any_activity() {
        markRead(ANN, "alliluyeva", T0);
        record(BEN, attempt("nureyev", 1, 10));
        store.progress(LearnerId.random());

        assertThat(store.all()).extracting(LearnerProgress::learner).containsExactlyInAnyOrder(ANN, BEN);
        assertThat(elsewhere(store).all()).extracting(LearnerProgress::learner).containsExactlyInAnyOrder(ANN, BEN);
    }

    @Test
    void fewer_than_one_attempt_kept_is_rejected() {
        assertThatThrownBy(() -> new ProgressChange.RecordAttempt(attempt("alliluyeva", 1, 50), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attempts_are_kept_in_the_order_they_were_recorded() {
        List<Attempt> attempts = List.of(attempt("alliluyeva", 9, 10), attempt("alliluyeva", 3, 20),
                attempt("alliluyeva", 5, 30));

        attempts.forEach(attempt -> record(ANN, attempt));

        assertThat(store.progress(ANN).lesson("alliluyeva").recentAttempts()).containsExactlyElementsOf(attempts);
        assertThat(store.progress(ANN).lesson("alliluyeva").latestAttempt()).contains(attempts.get(2));
    }

    @Test
    void the_update_answers_the_progress_right_after_the_change() {
        markRead(ANN, "alliluyeva", T0);

        LearnerProgress renamed = store.update(ANN, new ProgressChange.Rename("Ann", T0.plusSeconds(60)));

        assertThat(renamed).isEqualTo(store.progress(ANN));
        assertThat(renamed.displayName()).isEqualTo("Ann");
        assertThat(renamed.lesson("alliluyeva").isRead()).isTrue();
    }

    @Test
    void forgetting_a_learner_removes_everything_recorded_about_them_and_no_one_else() {
        rename(ANN, "Ann", T0);
        record(ANN, attempt("alliluyeva", 1, 80));
        markRead(BEN, "nureyev", T0);

        LearnerProgress forgotten = store.update(ANN, new ProgressChange.Forget());

        assertThat(forgotten.isEmpty()).isTrue();
        assertThat(store.progress(ANN)).isEqualTo(LearnerProgress.newcomer(ANN));
        assertThat(store.all()).extracting(LearnerProgress::learner).containsExactly(BEN);
        assertThat(elsewhere(store).progress(ANN)).isEqualTo(LearnerProgress.newcomer(ANN));
    }

    @Test
    void concurrent_submissions_resubmissions_reads_and_renames_lose_nothing_and_double_nothing() throws Exception {
        int threads = 16;
        int learnerCount = 24;
        int attemptsPerLesson = 25;
        List<String> lessons = List.of("alliluyeva", "nureyev", "baryshnikov");
        List<ProgressStore> servers = List.of(store, elsewhere(store));

        List<LearnerId> learners = new ArrayList<>();
        Map<LearnerId, Map<String, Double>> bestByLearner = new HashMap<>();
        List<Consumer<ProgressStore>> work = new ArrayList<>();
        Random random = new Random(2024);
        for (int l = 0; l < learnerCount; l++) {
            LearnerId learner = LearnerId.random();
            learners.add(learner);
            Map<String, Double> best = new HashMap<>();
            for (String lessonId : lessons) {
                for (int a = 0; a < attemptsPerLesson; a++) {
                    Attempt attempt = attempt(lessonId, a, random.nextInt(101));
                    best.merge(lessonId, attempt.percent(), Math::max);
                    work.add(server -> record(server, learner, attempt, attemptsPerLesson));
                }
                work.add(server -> markRead(server, learner, lessonId, T0));
            }
            String name = "Learner " + l;
            work.add(server -> rename(server, learner, name, T0));
            work.add(server -> rename(server, learner, name, T0));
            bestByLearner.put(learner, best);
        }
        Collections.shuffle(work, random);

        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                // each share is run by two threads, so every update is also sent twice concurrently, as by a
                // double click, once through each server; all attempts stay kept here, since a resend is
                // recognised among the kept ones
                List<Consumer<ProgressStore>> share = work.subList(work.size() * (t / 2 * 2) / threads, work.size() * (t / 2 * 2 + 2) / threads);
                ProgressStore server = servers.get(t % 2);
                done.add(executor.submit(() -> {
                    start.await();
                    share.forEach(update -> update.accept(server));
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

        assertThat(store.all()).hasSize(learnerCount);
        assertThat(elsewhere(store).all()).hasSize(learnerCount);
        for (LearnerId learner : learners) {
            LearnerProgress progress = servers.get(learners.indexOf(learner) % 2).progress(learner);
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
