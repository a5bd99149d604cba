package com.thenandnow.quiz.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Moving through a set of question cards: "Answered 3 of 6", updated with every answer; a button to the next
 * question not answered yet; and Enter in a text field going on to the next question (after the last one, to
 * {@code afterLast}, such as the button that checks the answers). The count is not a live region: announcing every
 * answer would drown out what the learner is doing.
 */
public class QuestionFlow extends Div {

    final Span count = new Span();
    final Button nextOpen = new Button("Next unanswered question", event -> focusNextOpen());

    private final List<QuestionCard> cards;
    private int lastChanged = -1;

    public QuestionFlow(List<QuestionCard> cards, Focusable<?> afterLast) {
        this.cards = List.copyOf(cards);
        addClassName("question-flow");
        count.addClassName("answered-count");
        nextOpen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(count, nextOpen);
        for (int i = 0; i < cards.size(); i++) {
            int index = i;
            cards.get(i).onChange(() -> changed(index));
            cards.get(i).onEnter(() -> {
                if (index + 1 < cards.size()) {
                    cards.get(index + 1).focusHeading();
                } else {
                    afterLast.focus();
                }
            });
        }
        update();
    }

    public long answered() {
        return cards.stream().filter(QuestionCard::isAnswered).count();
    }

    private void changed(int index) {
        lastChanged = index;
        update();
    }

    private void update() {
        long answered = answered();
        count.setText("Answered " + answered + " of " + cards.size());
        nextOpen.setVisible(answered < cards.size());
    }

    /** The first question not answered after the one last changed, going round to the start. */
    private void focusNextOpen() {
        IntStream.range(1, cards.size() + 1).map(step -> (lastChanged + step) % cards.size())
                .filter(i -> !cards.get(i).isAnswered()).findFirst()
                .ifPresent(i -> {
                    lastChanged = i;
                    cards.get(i).focusHeading();
                });
    }
}
