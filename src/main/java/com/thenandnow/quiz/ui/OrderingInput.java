package com.thenandnow.quiz.ui;

import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * Items to put in order with "move up" and "move down" buttons, which work from the keyboard; focus
 * follows the moved item, and a live region says where it went. The shuffled order is no answer: the
 * question counts as answered once the learner moves an item or says the order shown is their answer.
 */
final class OrderingInput implements AnswerInput {

    private final List<String> items;
    private final List<Integer> order;
    private final OrderedList list = new OrderedList();
    private final Span announcement = new Span();
    private final Button keep = new Button("Keep this order", event -> confirm());
    private final Div root = new Div();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean given;

    OrderingInput(List<String> items, List<Integer> initialOrder) {
        this.items = items;
        this.order = new ArrayList<>(initialOrder);
        Span label = new Span("Put these in order, first at the top, with the move buttons");
        label.addClassName("input-label");
        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("aria-live", "polite");
        list.addClassName("ordering");
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        keep.addClassName("keep-order");
        root.add(label, list, keep, announcement);
        render(-1, true);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Response response() {
        return given ? new Response.Arranged(order) : Response.BLANK;
    }

    @Override
    public void restore(Response response) {
        if (response instanceof Response.Arranged arranged && arranged.items().size() == order.size()
                && arranged.items().containsAll(order)) {
            order.clear();
            order.addAll(arranged.items());
            markGiven();
            render(-1, true);
        }
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    void move(int position, int by) {
        int target = position + by;
        order.add(target, order.remove(position));
        announcement.setText("'" + items.get(order.get(target)) + "' is now at position " + (target + 1) + " of " + order.size());
        markGiven();
        render(target, by < 0);
        listeners.forEach(Runnable::run);
    }

    private void confirm() {
        announcement.setText("Your answer is the order shown.");
        markGiven();
        listeners.forEach(Runnable::run);
    }

    /** Once the order is the learner's answer, "Keep this order" has nothing left to do. */
    private void markGiven() {
        given = true;
        keep.setVisible(false);
    }

    private void render(int focusPosition, boolean focusUp) {
        list.removeAll();
        for (int position = 0; position < order.size(); position++) {
            String text = items.get(order.get(position));
            Button up = moveButton(VaadinIcon.ARROW_UP, "Move '" + text + "' up", position, -1);
            Button down = moveButton(VaadinIcon.ARROW_DOWN, "Move '" + text + "' down", position, 1);
            Span label = new Span(text);
            label.addClassName("ordering-text");
            list.add(new ListItem(label, up, down));
            if (position == focusPosition) {
                (focusUp && up.isEnabled() || !down.isEnabled() ? up : down).focus();
            }
        }
    }

    private Button moveButton(VaadinIcon icon, String label, int position, int by) {
        Button button = new Button(icon.create(), event -> move(position, by));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        int target = position + by;
        button.setEnabled(target >= 0 && target < order.size());
        return button;
    }
}
