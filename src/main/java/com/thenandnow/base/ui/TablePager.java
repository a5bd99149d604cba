package com.thenandnow.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The buttons under a {@link ResponsiveTable} that shows its rows a page at a time: "← Previous 50",
 * "51–100 of 5,000 learners", "Next 50 →". Hidden while every row fits one page.
 */
class TablePager extends Div {

    private final NativeButton previous;
    private final NativeButton next;
    private final Span range = new Span();
    private String rowsName = "rows";

    /** {@code turn} is called with -1 for the page before, 1 for the page after. */
    TablePager(IntConsumer turn) {
        addClassName("table-pager");
        previous = new NativeButton("", event -> turn.accept(-1));
        next = new NativeButton("", event -> turn.accept(1));
        previous.addClassName("pager-button");
        next.addClassName("pager-button");
        range.addClassName("table-range");
        add(previous, range, next);
        setVisible(false);
    }

    void rowsName(String rowsName) {
        this.rowsName = rowsName;
    }

    /** Shows where rows {@code first} (from 0) to {@code first + count} lie among {@code matching}. */
    void show(int first, int count, int matching, int pageSize) {
        setVisible(matching > pageSize);
        range.setText(String.format(Locale.ENGLISH, "%,d–%,d of %,d %s", first + 1, first + count, matching, rowsName));
        label(previous, "← Previous", "", Math.min(pageSize, first));
        label(next, "Next", " →", Math.min(pageSize, matching - first - count));
    }

    String rangeText() {
        return range.getText();
    }

    /** Such as "Next 50 →", read as "Next 50 learners"; without a count, and disabled, when there are none. */
    private void label(NativeButton button, String word, String arrow, int rows) {
        String count = rows > 0 ? " " + rows : "";
        button.setText((word + count + arrow).strip());
        button.getElement().setAttribute("aria-label", word.replace("← ", "") + count + " " + rowsName);
        button.setEnabled(rows > 0);
    }
}
