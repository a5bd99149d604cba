package com.thenandnow.quiz;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The right response to every question of a lesson, for tests that need a quiz passed without its page. */
public final class RightResponses implements Question.Visitor<Response> {

    private RightResponses() {
    }

    public static Map<Integer, Response> of(Lesson lesson) {
        return lesson.questions().stream().collect(Collectors.toMap(question -> question.text().number(),
                question -> question.accept(new RightResponses())));
    }

    @Override
    public Response singleChoice(Question.SingleChoice question) {
        return new Response.Chosen(Set.of(question.rightOption()));
    }

    @Override
    public Response multipleChoice(Question.MultipleChoice question) {
        return new Response.Chosen(IntStream.range(0, question.options().size())
                .filter(i -> question.options().get(i).correct()).boxed().collect(Collectors.toSet()));
    }

    @Override
    public Response trueFalse(Question.TrueFalse question) {
        return new Response.Truth(question.answer());
    }

    @Override
    public Response shortAnswer(Question.ShortAnswer question) {
        return new Response.Typed(question.variants().get(0));
    }

    @Override
    public Response number(Question.NumberAnswer question) {
        return new Response.Figure(question.value().toPlainString());
    }

    @Override
    public Response ordering(Question.Ordering question) {
        return new Response.Arranged(IntStream.range(0, question.items().size()).boxed().toList());
    }

    @Override
    public Response matching(Question.Matching question) {
        return new Response.Matched(IntStream.range(0, question.pairs().size()).boxed()
                .collect(Collectors.toMap(Function.identity(), Function.identity())));
    }
}
