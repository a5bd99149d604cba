package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.instructor.Share;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.function.Function;

/** A table column of shares: "67% (2 of 3)", the exact figure in its tooltip, sorting by percent and then count. */
final class ShareColumns {

    private ShareColumns() {
    }

    static <T> ResponsiveTable.Column<T> add(ResponsiveTable<T> table, String key, String header, Function<T, Share> share) {
        return table.addComponentColumn(key, header, item -> cell(share.apply(item)))
                .setComparator(Comparator.comparingInt((T item) -> share.apply(item).percent().orElse(-1))
                        .thenComparingInt(item -> share.apply(item).whole()));
    }

    static Span cell(Share share) {
        Span cell = new Span(share.text());
        cell.addClassName("share");
        cell.getElement().setAttribute("title", share.exact());
        return cell;
    }
}
