package com.thenandnow.quiz.ui;

import com.thenandnow.lesson.MatchPair;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One select per left item, labelled with it, offering the right items in shuffled order. */
final class MatchingInput implements AnswerInput {

    private final List<Select<Integer>> selects;
    private final Div root = new Div();

    MatchingInput(List<MatchPair> pairs, List<Integer> targetOrder) {
        selects = pairs.stream().map(pair -> {
            Select<Integer> select = new Select<>();
            select.setLabel(pair.left());
            select.setItems(targetOrder);
            select.setItemLabelGenerator(index -> index == null ? "" : pairs.get(index).right());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Choose a match…");
            select.setPlaceholder("Choose a match…");
            select.setWidthFull();
            return select;
        }).toList();
        root.addClassName("matching");
        selects.forEach(root::add);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Response response() {
        Map<Integer, Integer> rightByLeft = new HashMap<>();
        for (int left = 0; left < selects.size(); left++) {
            Integer right = selects.get(left).getValue();
            if (right != null) {
                rightByLeft.put(left, right);
            }
        }
        return rightByLeft.isEmpty() ? Response.BLANK : new Response.Matched(rightByLeft);
    }

    @Override
    public void restore(Response response) {
        if (response instanceof Response.Matched matched) {
            matched.rightByLeft().forEach((left, right) -> {
                if (left >= 0 && left < selects.size() && right >= 0 && right < selects.size()) {
                    selects.get(left).setValue(right);
                }
            });
        }
    }

    @Override
    public void onChange(Runnable listener) {
        selects.forEach(select -> select.addValueChangeListener(event -> listener.run()));
    }
}
