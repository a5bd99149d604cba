package com.thenandnow.quiz.ui;

import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.MatchPair;
import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.AnswerKey;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.ShortAnswers;
import com.thenandnow.quiz.ui.MarkRow.Tone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checked answer with its marks, built from the learner's response: every option marked as their answer
 * (right or wrong) or as the right answer, with its feedback under it; a typed answer with the right one; each
 * position of an order and each pair of a match, right or wrong, with what was right. Options show in the order
 * the attempt showed them.
 */
final class AnswerMarks implements Question.Visitor<Component> {

    private final QuizAttempt attempt;
    private final QuestionResult result;
    private final Response response;

    private AnswerMarks(QuizAttempt attempt, QuestionResult result) {
        this.attempt = attempt;
        this.result = result;
        this.response = result.response().orElse(Response.BLANK);
    }

    static Div of(Question question, QuizAttempt attempt, QuestionResult result) {
        Div marks = new Div();
        marks.addClassName("answer-marks");
        boolean unknown = result.response().isEmpty() && result.isAnswered();
        marks.add(unknown ? answerInWords(question, result) : question.accept(new AnswerMarks(attempt, result)));
        if (unknown || !(question instanceof Question.Choice)) {
            result.feedbackHtml().forEach(feedback -> marks.add(SafeHtml.of(feedback, "option-feedback")));
        }
        return marks;
    }

    /** An attempt recorded before responses were kept: the answer in words, and the right one. */
    private static Component answerInWords(Question question, QuestionResult result) {
        UnorderedList list = list(new MarkRow(result.answer(), "Your answer · " + result.verdict().label().toLowerCase(Locale.ROOT),
                result.isRight() ? Tone.RIGHT : Tone.WRONG));
        AnswerKey.describe(question).forEach(line -> list.add(new MarkRow(line, "Right answer", Tone.KEY)));
        return list;
    }

    @Override
    public Component singleChoice(Question.SingleChoice question) {
        return options(question.options(), attempt.optionOrder(question, question.options().size()), false);
    }

    @Override
    public Component multipleChoice(Question.MultipleChoice question) {
        return options(question.options(), attempt.optionOrder(question, question.options().size()), true);
    }

    @Override
    public Component trueFalse(Question.TrueFalse question) {
        Optional<Boolean> picked = response instanceof Response.Truth truth ? Optional.of(truth.value()) : Optional.empty();
        UnorderedList list = list();
        for (boolean value : List.of(true, false)) {
            list.add(option(value ? "True" : "False", picked.map(p -> p == value).orElse(false),
                    question.answer() == value, false, picked.isPresent()));
        }
        return list;
    }

    @Override
    public Component shortAnswer(Question.ShortAnswer question) {
        String typed = response instanceof Response.Typed given ? given.text().strip() : "";
        Optional<String> nearMiss = ShortAnswers.nearMiss(typed, question.variants(), question.typosForgiven());
        return typedAnswer(typed, nearMiss.map(variant -> "Your answer · right — check the spelling: " + variant), question);
    }

    @Override
    public Component number(Question.NumberAnswer question) {
        return typedAnswer(response instanceof Response.Figure figure ? figure.text().strip() : "", Optional.empty(), question);
    }

    @Override
    public Component ordering(Question.Ordering question) {
        Div marks = new Div();
        if (response instanceof Response.Arranged arranged) {
            OrderedList yours = new OrderedList();
            for (int position = 0; position < arranged.items().size(); position++) {
                int item = arranged.items().get(position);
                yours.add(item == position ? new MarkRow(question.items().get(item), "right place", Tone.RIGHT)
                        : new MarkRow(question.items().get(item), "wrong place · belongs at " + (item + 1), Tone.WRONG));
            }
            marks.add(label("Your order:"), withClass(yours, "marked-order"));
        }
        if (!result.isRight()) {
            OrderedList right = new OrderedList();
            question.items().forEach(item -> right.add(new ListItem(item)));
            marks.add(label("Right order:"), withClass(right, "right-order"));
        }
        return marks;
    }

    @Override
    public Component matching(Question.Matching question) {
        Map<Integer, Integer> matched = response instanceof Response.Matched given ? given.rightByLeft() : Map.of();
        List<MatchPair> pairs = question.pairs();
        UnorderedList list = list();
        for (int left = 0; left < pairs.size(); left++) {
            Integer chosen = matched.get(left);
            String rightMatch = "right match: " + pairs.get(left).right();
            list.add(chosen == null ? new MarkRow(pairs.get(left).left() + " → no match", "Not matched · " + rightMatch, Tone.WRONG)
                    : chosen == left ? new MarkRow(pairs.get(left).left() + " → " + pairs.get(chosen).right(), "Your match · right", Tone.RIGHT)
                    : new MarkRow(pairs.get(left).left() + " → " + pairs.get(chosen).right(), "Your match · wrong; " + rightMatch, Tone.WRONG));
        }
        return list;
    }

    private Component options(List<ChoiceOption> options, List<Integer> order, boolean several) {
        Set<Integer> picked = response instanceof Response.Chosen chosen ? chosen.options() : Set.of();
        UnorderedList list = list();
        for (int index : order) {
            ChoiceOption option = options.get(index);
            MarkRow row = option(option.text(), picked.contains(index), option.correct(), several, !picked.isEmpty());
            if (picked.contains(index) && option.hasFeedback()) {
                row.add(SafeHtml.of(option.feedbackHtml(), "option-feedback"));
            }
            list.add(row);
        }
        return list;
    }

    /** An option as picked or not; a right option the learner did not pick (of several, having picked some) says so. */
    private static MarkRow option(String text, boolean picked, boolean right, boolean several, boolean answered) {
        if (picked) {
            return new MarkRow(text, right ? "Your answer · right" : "Your answer · wrong", right ? Tone.RIGHT : Tone.WRONG);
        }
        return right ? new MarkRow(text, several && answered ? "Right answer · not picked" : "Right answer", Tone.KEY)
                : new MarkRow(text, "", Tone.PLAIN);
    }

    /** A typed answer marked right or wrong and, unless it was exactly right, the right answer under it. */
    private Component typedAnswer(String typed, Optional<String> nearMiss, Question question) {
        UnorderedList list = list();
        if (!typed.isEmpty()) {
            list.add(new MarkRow(typed, nearMiss.orElse(result.isRight() ? "Your answer · right" : "Your answer · wrong"),
                    result.isRight() ? Tone.RIGHT : Tone.WRONG));
        }
        if (!result.isRight()) {
            List<String> key = AnswerKey.describe(question);
            list.add(new MarkRow(key.get(0), "Right answer", Tone.KEY));
            key.stream().skip(1).forEach(line -> list.add(new ListItem(new Span(line))));
        }
        return list;
    }

    private static UnorderedList list(ListItem... rows) {
        return withClass(new UnorderedList(rows), "marked-answer");
    }

    private static <C extends Component & HasStyle> C withClass(C component, String className) {
        component.addClassName(className);
        return component;
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("input-label");
        return label;
    }
}
