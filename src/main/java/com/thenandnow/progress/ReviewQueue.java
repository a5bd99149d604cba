package com.thenandnow.progress;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A learner's review queue as it stands at {@code now}, drawn from the live course: every card whose question the
 * current version of its lesson still has, in course order.
 * <p><b>Which question a card names.</b> A question is the same across lesson versions while its lesson id and its
 * prompt (the {@code ###} heading) stay the same. Moving it, or fixing its options, answer or explanation, keeps its
 * place in the queue, and review asks it as it reads now; rewording the prompt or removing the question (or the
 * lesson) makes it a question the learner has not met: its card is no longer shown or counted here, and it leaves
 * the stored queue when the learner next checks that lesson's quiz.
 */
public record ReviewQueue(List<ReviewQuestion> questions, Instant now) {

    /** The most questions one review session asks, so a long absence never means an endless page. */
    public static final int SESSION_SIZE = 10;

    private static final Comparator<ReviewQuestion> MOST_OVERDUE_FIRST = Comparator.comparing(q -> q.card().dueAt());

    public ReviewQueue {
        questions = List.copyOf(questions);
        Objects.requireNonNull(now);
    }

    public static ReviewQueue of(LearnerProgress learner, Course course, Instant now) {
        return new ReviewQueue(course.lessons().stream().flatMap(lesson -> learner.lesson(lesson.id()).review().stream()
                .flatMap(card -> question(lesson, card.prompt()).map(q -> new ReviewQuestion(lesson, q, card)).stream())
                .sorted(Comparator.comparingInt(ReviewQuestion::number))).toList(), now);
    }

    private static Optional<Question> question(Lesson lesson, String prompt) {
        return lesson.questions().stream().filter(question -> question.text().prompt().equals(prompt)).findFirst();
    }

    /** The questions due now, most overdue first. */
    public List<ReviewQuestion> due() {
        return questions.stream().filter(q -> q.card().isDue(now)).sorted(MOST_OVERDUE_FIRST).toList();
    }

    public int dueCount() {
        return (int) questions.stream().filter(q -> q.card().isDue(now)).count();
    }

    /** The questions not mastered yet, due or not, in course order. */
    public List<ReviewQuestion> toMaster() {
        return questions.stream().filter(q -> !q.card().isMastered()).toList();
    }

    /** When the next question not due yet will be. */
    public Optional<Instant> nextDue() {
        return toMaster().stream().map(q -> q.card().dueAt()).filter(due -> due.isAfter(now)).min(Comparator.naturalOrder());
    }

    /** The question of the lesson with this number, if it is to master. */
    public Optional<ReviewQuestion> find(String lessonId, int number) {
        return toMaster().stream().filter(q -> q.lesson().id().equals(lessonId) && q.number() == number).findFirst();
    }

    /**
     * What one session asks, at most {@value #SESSION_SIZE} questions: {@code first} (a question the learner chose,
     * due or not), then the due ones, most overdue first.
     */
    public List<ReviewQuestion> session(Optional<ReviewQuestion> first) {
        return Stream.concat(first.stream(), due().stream().filter(q -> !first.map(q::equals).orElse(false)))
                .limit(SESSION_SIZE).toList();
    }
}
