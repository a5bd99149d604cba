package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A large class recorded through the store's public API: named learners who read most lessons and take up to
 * three attempts at each, answering every question by chance (typed answers from a handful of wrong spellings
 * or the right one). Seeded, so every run records the same class.
 */
final class SimulatedClass {

    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    private static final int ATTEMPTS_KEPT = 20;

    private final Random random = new Random(42);
    private final ProgressStore store;

    SimulatedClass(ProgressStore store) {
        this.store = store;
    }

    /** Records {@code learners} learners named "Learner 0000", "Learner 0001", … in every live lesson of the course. */
    void record(Course course, int learners) {
        for (int i = 0; i < learners; i++) {
            LearnerId learner = LearnerId.random();
            store.update(learner, new ProgressChange.Rename(String.format("Learner %04d", i), START));
            for (Lesson lesson : course.lessons()) {
                work(learner, lesson, START.plusSeconds(60L * i));
            }
        }
    }

    private void work(LearnerId learner, Lesson lesson, Instant at) {
        if (random.nextInt(10) == 0) {
            return;
        }
        store.update(learner, new ProgressChange.MarkRead(lesson.id(), at));
        int attempts = random.nextInt(4);
        for (int n = 1; n <= attempts; n++) {
            Attempt attempt = new Attempt(UUID.randomUUID(), lesson.id(), lesson.version(), at.plusSeconds(300L * n),
                    QuizGrader.grade(lesson, responses(lesson)));
            store.update(learner, new ProgressChange.RecordAttempt(attempt, ATTEMPTS_KEPT));
        }
    }

    private Map<Integer, Response> responses(Lesson lesson) {
        Map<Integer, Response> responses = new HashMap<>();
        lesson.questions().forEach(question -> responses.put(question.text().number(), question.accept(new Guess())));
        return responses;
    }

    /** A guess at one question of each kind. */
    private final class Guess implements Question.Visitor<Response> {
        @Override
        public Response singleChoice(Question.SingleChoice question) {
            return new Response.Chosen(Set.of(random.nextInt(question.options().size())));
        }

        @Override
        public Response multipleChoice(Question.MultipleChoice question) {
            return new Response.Chosen(Set.of(random.nextInt(question.options().size())));
        }

        @Override
        public Response trueFalse(Question.TrueFalse question) {
            return new Response.Truth(random.nextBoolean());
        }

        @Override
        public Response shortAnswer(Question.ShortAnswer question) {
            int pick = random.nextInt(6);
            return new Response.Typed(pick == 0 ? question.variants().get(0) : "wrong guess " + pick);
        }

        @Override
        public Response number(Question.NumberAnswer question) {
            return new Response.Figure(question.value().add(BigDecimal.valueOf(random.nextInt(3))).toPlainString());
        }

        @Override
        public Response ordering(Question.Ordering question) {
            return new Response.Arranged(shuffled(question.items().size()));
        }

        @Override
        public Response matching(Question.Matching question) {
            List<Integer> rights = shuffled(question.pairs().size());
            Map<Integer, Integer> matched = new HashMap<>();
            IntStream.range(0, rights.size()).forEach(left -> matched.put(left, rights.get(left)));
            return new Response.Matched(matched);
        }

        private List<Integer> shuffled(int size) {
            List<Integer> indexes = new ArrayList<>(IntStream.range(0, size).boxed().toList());
            Collections.shuffle(indexes, random);
            return indexes;
        }
    }
}
