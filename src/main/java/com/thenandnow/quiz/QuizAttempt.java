package com.thenandnow.quiz;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * One go at a lesson's quiz: the exact lesson version shown, and the seed of its shuffle. The id makes
 * submitting idempotent: a double click or a resent request records the attempt once. An attempt started
 * here takes its seed from its id, so an attempt saved as a draft or recorded shows in the same order again.
 * Orders map display position to the index in the lesson file. Items to order and match targets are
 * never shown in their right order, even with {@code shuffle: false}, or the question would answer itself.
 * <p><b>Retry my mistakes.</b> Such an attempt asks only the questions that were not fully right in the attempt
 * it follows; the ones that were right are carried over with their results. It is graded as the whole lesson,
 * like any attempt: the carried-over questions count as right, so its score is what the learner now knows of
 * the whole lesson, and it counts toward the best score and passing as any attempt does.
 */
public record QuizAttempt(UUID id, Lesson lesson, long seed, Optional<UUID> retryOf, List<QuestionResult> carriedOver) {

    public QuizAttempt {
        Objects.requireNonNull(id);
        Objects.requireNonNull(lesson);
        Objects.requireNonNull(retryOf);
        carriedOver = List.copyOf(carriedOver);
        if (carriedOver.stream().anyMatch(result -> !result.carriedOver())) {
            throw new IllegalArgumentException("only results marked as carried over are carried over");
        }
    }

    /** An attempt at every question. */
    public QuizAttempt(UUID id, Lesson lesson, long seed) {
        this(id, lesson, seed, Optional.empty(), List.of());
    }

    public static QuizAttempt start(Lesson lesson, Random random) {
        return resume(newId(random), lesson, Optional.empty(), List.of());
    }

    private static UUID newId(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** The attempt with this id again, as it was shown: same questions, same order. */
    public static QuizAttempt resume(UUID id, Lesson lesson, Optional<UUID> retryOf, List<QuestionResult> carriedOver) {
        return new QuizAttempt(id, lesson, id.getMostSignificantBits() ^ id.getLeastSignificantBits(), retryOf, carriedOver);
    }

    /** A new attempt at every question of the same lesson version, reshuffled. */
    public QuizAttempt retry(Random random) {
        return start(lesson, random);
    }

    /**
     * A new attempt, reshuffled, at the questions that were not fully right in {@code checked}, this attempt's result;
     * the right ones are carried over. With nothing right, that is every question.
     */
    public QuizAttempt retryMistakes(QuizResult checked, Random random) {
        return resume(newId(random), lesson, Optional.of(id), carriedFrom(lesson, checked));
    }

    /** The right results of {@code checked} that still belong to a question of {@code lesson}, marked as carried over. */
    public static List<QuestionResult> carriedFrom(Lesson lesson, QuizResult checked) {
        return lesson.questions().stream().flatMap(question -> checked.question(question.text().number())
                .filter(result -> result.isRight() && result.prompt().equals(question.text().prompt())).stream())
                .map(QuestionResult::carriedOverResult).toList();
    }

    /** The questions this attempt asks, in quiz order: all of them, less those carried over. */
    public List<Question> questions() {
        return lesson.questions().stream().filter(question -> carried(question.text().number()).isEmpty()).toList();
    }

    public boolean isRetryOfMistakes() {
        return !carriedOver.isEmpty();
    }

    public Optional<QuestionResult> carried(int questionNumber) {
        return carriedOver.stream().filter(result -> result.questionNumber() == questionNumber).findFirst();
    }

    public List<Integer> optionOrder(Question question, int optionCount) {
        List<Integer> identity = identity(optionCount);
        return lesson.shuffle() ? shuffled(identity, question) : identity;
    }

    public List<Integer> itemOrder(Question.Ordering question) {
        return neverRight(question, question.items().size(), question.items()::get);
    }

    public List<Integer> targetOrder(Question.Matching question) {
        return neverRight(question, question.pairs().size(), i -> question.pairs().get(i).right());
    }

    private List<Integer> neverRight(Question question, int size, IntFunction<String> label) {
        List<Integer> identity = identity(size);
        List<Integer> order = lesson.shuffle() ? shuffled(identity, question)
                : identity.stream().sorted(Comparator.comparing(label::apply)).toList();
        return order.equals(identity) ? rotated(identity) : order;
    }

    private List<Integer> shuffled(List<Integer> identity, Question question) {
        List<Integer> order = new ArrayList<>(identity);
        Collections.shuffle(order, new Random(seed * 31 + question.text().number()));
        return List.copyOf(order);
    }

    private static List<Integer> rotated(List<Integer> identity) {
        List<Integer> order = new ArrayList<>(identity);
        Collections.rotate(order, -1);
        return List.copyOf(order);
    }

    private static List<Integer> identity(int size) {
        return IntStream.range(0, size).boxed().toList();
    }
}
