package com.thenandnow.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A finished course: every lesson with its best score, when the last quiz was passed, about how long it took, and how
 * many of the course's questions the learner has mastered (all but those still in review).
 * <p>Time spent is an estimate from what is recorded: the gaps between the learner's lesson reads and checked
 * quizzes, in time order, leaving out every gap longer than {@link #BREAK} as a break.
 */
public record CourseCompletion(String learnerName, List<LessonStatus> lessons, Instant completedAt, Duration timeSpent,
                               int questions, int mastered) {

    /** A longer gap between two recorded steps is a break, not time spent on the course. */
    public static final Duration BREAK = Duration.ofMinutes(30);

    public CourseCompletion {
        Objects.requireNonNull(learnerName);
        lessons = List.copyOf(lessons);
        Objects.requireNonNull(completedAt);
        Objects.requireNonNull(timeSpent);
    }

    /** The summary of a course whose every lesson is passed; none while one is not. */
    public static Optional<CourseCompletion> of(CourseProgress progress, ReviewQueue review) {
        if (!progress.isComplete()) {
            return Optional.empty();
        }
        Instant completed = progress.lessons().stream().map(status -> status.progress().passedAt().orElseThrow())
                .max(Instant::compareTo).orElseThrow();
        int questions = progress.lessons().stream().mapToInt(status -> status.lesson().questions().size()).sum();
        return Optional.of(new CourseCompletion(progress.learner().shownName(), progress.lessons(), completed,
                timeSpent(progress.learner()), questions, questions - review.toMaster().size()));
    }

    static Duration timeSpent(LearnerProgress learner) {
        List<Instant> steps = learner.lessons().values().stream().flatMap(lesson -> Stream.concat(lesson.readAt().stream(),
                Stream.concat(lesson.firstAttempt().stream(), lesson.recentAttempts().stream()).map(Attempt::submittedAt)))
                .distinct().sorted().toList();
        Duration spent = Duration.ZERO;
        for (int i = 1; i < steps.size(); i++) {
            Duration gap = Duration.between(steps.get(i - 1), steps.get(i));
            spent = gap.compareTo(BREAK) <= 0 ? spent.plus(gap) : spent;
        }
        return spent;
    }
}
