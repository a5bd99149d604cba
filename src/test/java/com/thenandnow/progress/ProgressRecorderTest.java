package com.thenandnow.progress;

import static com.thenandnow.quiz.QuizFixtures.firstRight;
import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.multipleChoice;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.trueFalseLesson;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.CourseInfo;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Recording reads and checked quizzes, over a real in-memory store and a fixed clock. */
class ProgressRecorderTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();

    /** Ten true/false questions, all "true", pass 70. */
    private static final Lesson FIRST = trueFalseLesson("first", 10);
    private static final Lesson SECOND = trueFalseLesson("second", 3, "first");

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ProgressRecorder recorder = recorderAt(NOW);

    private ProgressRecorder recorderAt(Instant now) {
        return new ProgressRecorder(store, Clock.fixed(now, ZoneOffset.UTC), new ProgressProperties(20), meters);
    }

    private static QuizAttempt attemptAt(Lesson lesson) {
        return new QuizAttempt(UUID.randomUUID(), lesson, 1);
    }

    private final QuizAttempts quizzes = new QuizAttempts();

    // Submitting

    @Test
    void submitting_grades_the_responses_and_records_the_attempt() {
        QuizAttempt quiz = attemptAt(FIRST);

        Attempt attempt = recorder.submit(ANN, quiz, firstRight(7, 10));

        assertThat(attempt.id()).isEqualTo(quiz.id());
        assertThat(attempt.lessonId()).isEqualTo("first");
        assertThat(attempt.lessonVersion()).isEqualTo(FIRST.version());
        assertThat(attempt.submittedAt()).isEqualTo(NOW);
        assertThat(attempt.percent()).isCloseTo(70, within(1e-9));
        assertThat(attempt.passed()).isTrue();
        LessonProgress progress = store.progress(ANN).lesson("first");
        assertThat(progress.attemptCount()).isEqualTo(1);
        assertThat(progress.latestAttempt()).contains(attempt);
        assertThat(progress.passedAt()).contains(NOW);
    }

    @Test
    void every_checked_quiz_is_counted_and_timed() {
        recorder.submit(ANN, attemptAt(FIRST), firstRight(7, 10));
        recorder.submit(ANN, attemptAt(FIRST), firstRight(10, 10));

        assertThat(meters.get("quiz.checks").timer().count()).isEqualTo(2);
        assertThat(meters.get("quiz.checks").timer().totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void submitting_the_same_attempt_twice_answers_the_first_recorded_attempt_and_counts_once() {
        QuizAttempt quiz = attemptAt(FIRST);
        Attempt first = recorder.submit(ANN, quiz, firstRight(3, 10));

        Attempt again = recorderAt(NOW.plusSeconds(5)).submit(ANN, quiz, firstRight(10, 10));

        assertThat(again).isEqualTo(first);
        assertThat(again.submittedAt()).isEqualTo(NOW);
        assertThat(again.passed()).isFalse();
        LessonProgress progress = store.progress(ANN).lesson("first");
        assertThat(progress.attemptCount()).isEqualTo(1);
        assertThat(progress.isPassed()).isFalse();
    }

    @Test
    void concurrent_submissions_of_one_attempt_all_answer_the_one_recorded() throws Exception {
        QuizAttempt quiz = attemptAt(FIRST);
        int threads = 8;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt>> submitted = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int right = t + 1;
                submitted.add(executor.submit(() -> {
                    start.await();
                    return recorder.submit(ANN, quiz, firstRight(right, 10));
                }));
            }
            start.countDown();
            List<Attempt> answers = new ArrayList<>();
            for (Future<Attempt> future : submitted) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }

            LessonProgress progress = store.progress(ANN).lesson("first");
            assertThat(progress.attemptCount()).isEqualTo(1);
            assertThat(answers).containsOnly(progress.latestAttempt().orElseThrow());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void a_retry_is_recorded_as_another_attempt() {
        QuizAttempt quiz = quizzes.start(FIRST);
        recorder.submit(ANN, quiz, firstRight(3, 10));

        QuizAttempt retry = quizzes.retry(quiz);
        recorder.submit(ANN, retry, firstRight(9, 10));

        assertThat(retry.id()).isNotEqualTo(quiz.id());
        assertThat(retry.lesson()).isEqualTo(FIRST);
        assertThat(store.progress(ANN).lesson("first").attemptCount()).isEqualTo(2);
        assertThat(store.progress(ANN).lesson("first").bestPercent()).isCloseTo(90, within(1e-9));
    }

    @Test
    void marking_read_uses_the_clock() {
        recorder.markRead(ANN, FIRST);

        assertThat(store.progress(ANN).lesson("first").readAt()).contains(NOW);
    }
}
