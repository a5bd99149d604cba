package com.thenandnow.progress;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.QuizResult;
import com.thenandnow.quiz.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Service;

/** The course rules around progress: reading, grading and recording attempts, locking, what to review. */
@Service
public class ProgressService {

    private final ProgressStore store;
    private final Clock clock;
    private final Random random = new SecureRandom();

    public ProgressService(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LearnerProgress progress(LearnerId learner) {
        return store.progress(learner);
    }

    /** Why a display name cannot be used, or empty when it can (blank means "guest"). */
    public static Optional<String> problemWithName(String name) {
        String trimmed = name.strip();
        if (trimmed.length() > LearnerProgress.MAX_NAME_LENGTH) {
            return Optional.of("Use at most " + LearnerProgress.MAX_NAME_LENGTH + " characters.");
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("Use letters, digits, spaces and punctuation only.");
        }
        return Optional.empty();
    }

    /** Sets the learner's display name; a blank name continues as a guest. */
    public void rename(LearnerId learner, String name) {
        problemWithName(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        store.rename(learner, name.strip(), clock.instant());
    }

    public void markRead(LearnerId learner, Lesson lesson) {
        store.markRead(learner, lesson.id(), clock.instant());
    }

    public QuizAttempt startAttempt(Lesson lesson) {
        return QuizAttempt.start(lesson, random);
    }

    public QuizAttempt retry(QuizAttempt attempt) {
        return attempt.retry(random);
    }

    /**
     * Grades the responses against the lesson version of the attempt and records it once; submitting
     * the same attempt again answers the attempt recorded first.
     */
    public Attempt submit(LearnerId learner, QuizAttempt quiz, Map<Integer, Response> responses) {
        Optional<Attempt> recorded = store.progress(learner).lesson(quiz.lesson().id()).attempt(quiz.id());
        if (recorded.isPresent()) {
            return recorded.get();
        }
        QuizResult result = QuizGrader.grade(quiz.lesson(), responses);
        Attempt attempt = new Attempt(quiz.id(), quiz.lesson().id(), quiz.lesson().version(), clock.instant(), result);
        return store.record(learner, attempt).attempt(quiz.id()).orElse(attempt);
    }

    public CourseProgress courseProgress(LearnerId learner, Course course) {
        LearnerProgress progress = store.progress(learner);
        return new CourseProgress(progress, course.lessons().stream().map(lesson -> status(progress, lesson, course)).toList());
    }

    public LessonStatus status(LearnerId learner, Lesson lesson, Course course) {
        return status(store.progress(learner), lesson, course);
    }

    /** Questions not fully right in the latest attempt at each lesson, in course order. */
    public List<ReviewItem> toReview(LearnerId learner, Course course) {
        LearnerProgress progress = store.progress(learner);
        return course.lessons().stream().flatMap(lesson -> progress.lesson(lesson.id()).latestAttempt().stream()
                .flatMap(attempt -> attempt.result().questions().stream())
                .filter(result -> !result.isRight())
                .map(result -> new ReviewItem(lesson, result))).toList();
    }

    /**
     * A passed lesson stays passed even if prerequisites are added later. Prerequisites that are not
     * live are ignored, so a broken file never locks learners out for good.
     */
    private static LessonStatus status(LearnerProgress progress, Lesson lesson, Course course) {
        LessonProgress lessonProgress = progress.lesson(lesson.id());
        List<Lesson> missing = lesson.requires().stream().flatMap(id -> course.lesson(id).stream())
                .filter(required -> !progress.lesson(required.id()).isPassed()).toList();
        LessonStatus.State state = lessonProgress.isPassed() ? LessonStatus.State.PASSED
                : !missing.isEmpty() ? LessonStatus.State.LOCKED
                : lessonProgress.isRead() ? LessonStatus.State.READ
                : LessonStatus.State.NOT_STARTED;
        return new LessonStatus(lesson, state, lessonProgress, missing);
    }
}
