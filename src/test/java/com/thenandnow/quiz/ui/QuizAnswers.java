package com.thenandnow.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Question;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Answers a question card through its widgets, as a learner would: right, or wrong on purpose. */
public final class QuizAnswers implements Question.Visitor<Void> {

    private final QuestionCard card;
    private final boolean right;

    private QuizAnswers(QuestionCard card, boolean right) {
        this.card = card;
        this.right = right;
    }

    public static void answerRight(QuestionCard card) {
        card.question.accept(new QuizAnswers(card, true));
    }

    public static void answerWrong(QuestionCard card) {
        card.question.accept(new QuizAnswers(card, false));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Void singleChoice(Question.SingleChoice question) {
        int pick = right ? question.rightOption() : firstIndex(question.options(), false);
        _setValue(_get(card, RadioButtonGroup.class), pick);
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Void multipleChoice(Question.MultipleChoice question) {
        boolean allRight = question.options().stream().allMatch(ChoiceOption::correct);
        Set<Integer> picks = IntStream.range(0, question.options().size())
                .filter(i -> question.options().get(i).correct() == right || allRight && !right && i == 0)
                .boxed().collect(Collectors.toSet());
        _setValue(_get(card, CheckboxGroup.class), picks);
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Void trueFalse(Question.TrueFalse question) {
        _setValue(_get(card, RadioButtonGroup.class), question.answer() == right);
        return null;
    }

    @Override
    public Void shortAnswer(Question.ShortAnswer question) {
        _setValue(_get(card, TextField.class), right ? question.variants().get(0).toUpperCase() + "." : "certainly not this");
        return null;
    }

    @Override
    public Void number(Question.NumberAnswer question) {
        BigDecimal wrong = question.value().add(question.tolerance()).add(BigDecimal.TEN);
        _setValue(_get(card, TextField.class), (right ? question.value() : wrong).toPlainString());
        return null;
    }

    /** Moves items with the "Move up" buttons until the list is in the right order, or keeps the shuffled one (never right). */
    @Override
    public Void ordering(Question.Ordering question) {
        if (!right) {
            _click(_get(card, Button.class, spec -> spec.withText("Keep this order")));
            return null;
        }
        for (int target = 0; target < question.items().size(); target++) {
            String item = question.items().get(target);
            while (positionOf(item) > target) {
                _click(_get(card, Button.class, spec -> spec.withAttribute("aria-label", "Move '" + item + "' up")));
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Void matching(Question.Matching question) {
        List<Select> selects = _find(card, Select.class);
        int size = question.pairs().size();
        for (int left = 0; left < size; left++) {
            _setValue(selects.get(left), right ? left : (left + 1) % size);
        }
        return null;
    }

    private int positionOf(String item) {
        List<ListItem> rows = _find(card, ListItem.class);
        for (int i = 0; i < rows.size(); i++) {
            if (_get(rows.get(i), Span.class, spec -> spec.withClasses("ordering-text")).getText().equals(item)) {
                return i;
            }
        }
        throw new AssertionError("no item '" + item + "' in the ordering question");
    }

    private static int firstIndex(List<ChoiceOption> options, boolean correct) {
        return IntStream.range(0, options.size()).filter(i -> options.get(i).correct() == correct).findFirst().orElseThrow();
    }
}
