package com.thenandnow.instructor.ui;

import com.thenandnow.instructor.Share;
import com.vaadin.flow.component.grid.Grid;
import java.util.Comparator;
import java.util.function.Function;

/** A grid column of shares: "67% (2 of 3)", the exact figure in its tooltip, sorting by percent and then count. */
final class ShareColumns {

    private ShareColumns() {
    }

    static <T> Grid.Column<T> add(Grid<T> grid, String key, String header, Function<T, Share> share) {
        return grid.addColumn(item -> share.apply(item).text()).setKey(key).setHeader(header)
                .setTooltipGenerator(item -> share.apply(item).exact())
                .setWidth("8.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparingInt((T item) -> share.apply(item).percent().orElse(-1))
                        .thenComparingInt(item -> share.apply(item).whole()));
    }
}
