package com.thenandnow.instructor.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * A few rows show whole, without an empty area below them; more rows scroll inside a grid of fixed height, so
 * the browser renders, and the server sends, only the rows in view (a class of thousands once took 46 s to show).
 */
final class GridHeights {

    static final int WHOLE_UP_TO = 15;

    private GridHeights() {
    }

    static void fit(Grid<?> grid, int rows) {
        boolean whole = rows <= WHOLE_UP_TO;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "32rem");
    }
}
