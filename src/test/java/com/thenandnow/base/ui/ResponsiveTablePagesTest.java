package com.thenandnow.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table of many rows shows a page at a time, each row no heavier than its cells; sorting and filtering work
 * on every row, not on the page.
 */
class ResponsiveTablePagesTest {

    private final ResponsiveTable<Integer> table = new ResponsiveTable<>("Numbers");

    @BeforeEach
    void page() {
        MockVaadin.setup();
        table.addColumn("number", "Number", number -> number).setComparator(Comparator.naturalOrder());
        table.setItems(IntStream.range(0, 120).boxed().toList());
        table.setPageSize(50, "numbers");
        UI.getCurrent().add(table);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private List<String> shown() {
        return IntStream.range(0, table.rowCount()).mapToObj(row -> table.text(row, "number")).toList();
    }

    private NativeButton button(String text) {
        return _get(table, NativeButton.class, spec -> spec.withText(text));
    }

    private String range() {
        return _get(table, Span.class, spec -> spec.withClasses("table-range")).getText();
    }

    @Test
    void the_first_page_shows_fifty_rows_and_says_where_they_lie() {
        assertThat(shown()).hasSize(50).startsWith("0").endsWith("49");
        assertThat(range()).isEqualTo("1–50 of 120 numbers");
        assertThat(button("← Previous").isEnabled()).isFalse();
        assertThat(button("Next 50 →").getElement().getAttribute("aria-label")).isEqualTo("Next 50 numbers");
    }

    @Test
    void next_and_previous_move_a_page_and_the_last_page_holds_the_rest() {
        _click(button("Next 50 →"));
        _click(button("Next 20 →"));
        assertThat(shown()).containsExactly(IntStream.range(100, 120).mapToObj(String::valueOf).toArray(String[]::new));
        assertThat(range()).isEqualTo("101–120 of 120 numbers");
        assertThat(button("Next →").isEnabled()).isFalse();
        _click(button("← Previous 50"));
        assertThat(shown()).startsWith("50");
    }

    @Test
    void sorting_orders_every_row_and_starts_again_at_the_first_page() {
        _click(button("Next 50 →"));
        _click(button("Number"));
        _click(button("Number"));
        assertThat(shown()).startsWith("119", "118");
        assertThat(range()).isEqualTo("1–50 of 120 numbers");
    }

    @Test
    void a_filter_counts_only_the_rows_it_keeps_and_hides_the_buttons_when_they_fit_one_page() {
        table.setFilter(number -> number % 10 == 0);
        assertThat(table.matchingCount()).isEqualTo(12);
        assertThat(shown()).hasSize(12);
        assertThat(_find(table, TablePager.class)).as("no visible pager").isEmpty();
    }

    @Test
    void a_text_cell_holds_its_text_alone_so_each_row_costs_no_element_beyond_its_cells() {
        Element cell = _get(table, NativeTableBody.class).getRow(0).orElseThrow().getAllCells().get(0).getElement();
        assertThat(cell.getChildCount()).isEqualTo(1);
        assertThat(cell.getChild(0).isTextNode()).isTrue();
        assertThat(cell.getText()).isEqualTo("0");
    }

    @Test
    void a_page_holds_at_least_one_row() {
        assertThatThrownBy(() -> table.setPageSize(0, "numbers")).isInstanceOf(IllegalArgumentException.class);
    }
}
