package com.thenandnow.quiz;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * One go at a lesson's quiz: the exact lesson version shown, and the seed of its shuffle. The id makes
 * submitting idempotent: a double click or a resent request records the attempt once.
 * Orders map display position to the index in the lesson file. Items to order and match targets are
 * never shown in their right order, even with {@code shuffle: false}, or the question would answer itself.
 */
public record QuizAttempt(UUID id, Lesson lesson, long seed) {

    public QuizAttempt {
        Objects.requireNonNull(id);
        Objects.requireNonNull(lesson);
    }

    public static QuizAttempt start(Lesson lesson, Random random) {
        return new QuizAttempt(new UUID(random.nextLong(), random.nextLong()), lesson, random.nextLong());
    }

    /** A new attempt at the same lesson version, reshuffled. */
    public QuizAttempt retry(Random random) {
        return start(lesson, random);
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
