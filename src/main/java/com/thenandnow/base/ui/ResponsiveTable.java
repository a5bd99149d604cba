package com.thenandnow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Items in a real HTML table, for what Vaadin's grid does not do well for this app: every link in it is an
 * ordinary tab stop, screen readers say each cell's column, and on a narrow screen (below 36em of its own width)
 * each row becomes a card that lists its values under their columns' names, so nothing scrolls sideways. The
 * first column names the row. A column with a comparator sorts from its header button (aria-sort says how).
 * <p>
 * A table of many rows shows them a page at a time ({@link #setPageSize}), with buttons for the pages before and
 * after: every shown row is a set of components on the server and in the browser, so a class of thousands must
 * not be rendered whole. Sorting and filtering apply to all the rows, not only to the page shown.
 */
public class ResponsiveTable<T> extends Div {

    private final NativeTable table = new NativeTable();
    private final NativeTableRow headers;
    private final List<Column<T>> columns = new ArrayList<>();
    private final TablePager pager = new TablePager(this::turnPage);
    private List<T> items = List.of();
    private List<T> shown = List.of();
    private int matching;
    private int pageSize = Integer.MAX_VALUE;
    private int firstShown;
    private Predicate<T> filter = item -> true;
    private Column<T> sortedBy;
    private boolean descending;

    /** {@code caption} names the table for screen readers; sighted readers have the heading above it. */
    public ResponsiveTable(String caption) {
        addClassName("responsive-table");
        table.setCaptionText(caption);
        table.getCaption().addClassName("visually-hidden");
        headers = table.getHead().addRow();
        add(table, pager);
    }

    /**
     * Shows at most {@code rows} rows at a time, with buttons for the pages before and after, which say how many
     * {@code rowsName} (such as "learners") they show.
     */
    public void setPageSize(int rows, String rowsName) {
        if (rows < 1) {
            throw new IllegalArgumentException("a page shows at least one row: " + rows);
        }
        this.pageSize = rows;
        pager.rowsName(rowsName);
        render();
    }

    /** How many items pass the filter, on every page. */
    public int matchingCount() {
        return matching;
    }

    /**
     * A column of text: {@code value} as a string, written straight into the cell. No element wraps it: every
     * element is a node that the server keeps and sends, and a table of many rows is mostly such text.
     */
    public Column<T> addColumn(String key, String header, Function<T, ?> value) {
        return add(new Column<>(this, key, header, value, null));
    }

    /** A column of components, such as links. */
    public Column<T> addComponentColumn(String key, String header, Function<T, Component> component) {
        return add(new Column<>(this, key, header, null, component));
    }

    /** Shows these items from the first page, in the order chosen by the last header pressed. */
    public void setItems(Collection<T> items) {
        this.items = List.copyOf(items);
        firstShown = 0;
        render();
    }

    /** Shows only the items {@code filter} accepts, from the first page. */
    public void setFilter(Predicate<T> filter) {
        this.filter = filter;
        firstShown = 0;
        render();
    }

    /** How many rows are shown now, on this page. */
    public int rowCount() {
        return shown.size();
    }

    /** The text of a shown row's cell, by column key. */
    public String text(int row, String key) {
        int column = columns.indexOf(columns.stream().filter(each -> each.key.equals(key)).findFirst().orElseThrow());
        return rowTexts(row).get(column);
    }

    /** The texts of a shown row's cells, in column order. */
    public List<String> rowTexts(int row) {
        return table.getBody().getRow(row).orElseThrow().getAllCells().stream()
                .map(cell -> cell.getElement().getTextRecursively()).toList();
    }

    private Column<T> add(Column<T> column) {
        columns.add(column);
        NativeTableHeaderCell header = headers.addHeaderCell();
        header.getElement().setAttribute("scope", "col");
        header.setText(column.header);
        return column;
    }

    private void sortBy(Column<T> column) {
        descending = column == sortedBy && !descending;
        sortedBy = column;
        for (int i = 0; i < columns.size(); i++) {
            NativeTableHeaderCell header = headers.getHeaderCell(i).orElseThrow();
            if (columns.get(i) == column) {
                header.getElement().setAttribute("aria-sort", descending ? "descending" : "ascending");
            } else {
                header.getElement().removeAttribute("aria-sort");
            }
        }
        firstShown = 0;
        render();
    }

    private void turnPage(int pages) {
        firstShown = Math.max(0, Math.min(firstShown + pages * pageSize, matching - 1));
        render();
        getUI().ifPresent(ui -> Announcer.polite(ui, pager.rangeText()));
    }

    private void render() {
        Comparator<T> order = sortedBy == null ? (a, b) -> 0
                : descending ? sortedBy.comparator.reversed() : sortedBy.comparator;
        List<T> all = items.stream().filter(filter).sorted(order).toList();
        matching = all.size();
        firstShown = matching == 0 ? 0 : firstShown - firstShown % pageSize;
        shown = all.subList(firstShown, (int) Math.min((long) firstShown + pageSize, matching));
        table.getBody().removeAllRows();
        shown.forEach(item -> table.getBody().addRow().add(cells(item)));
        pager.show(firstShown, shown.size(), matching, pageSize);
    }

    private Component[] cells(T item) {
        return columns.stream().map(column -> {
            boolean namesTheRow = column == columns.get(0);
            HtmlContainer cell = namesTheRow ? new NativeTableHeaderCell() : new NativeTableCell();
            if (namesTheRow) {
                cell.getElement().setAttribute("scope", "row");
            }
            cell.getElement().setAttribute("data-label", column.header);
            if (column.cell == null) {
                cell.setText(String.valueOf(column.value.apply(item)));
            } else {
                cell.add(column.cell.apply(item));
            }
            return cell;
        }).toArray(Component[]::new);
    }

    /** A column: its key (for tests and sorting), header, text or component cells, and how it sorts, if it does. */
    public static final class Column<T> {

        private final ResponsiveTable<T> table;
        private final String key;
        private final String header;
        private final Function<T, ?> value;
        private final Function<T, Component> cell;
        private Comparator<T> comparator;

        private Column(ResponsiveTable<T> table, String key, String header, Function<T, ?> value, Function<T, Component> cell) {
            this.table = table;
            this.key = key;
            this.header = header;
            this.value = value;
            this.cell = cell;
        }

        /** Makes the column sortable in this order, from a button in its header. */
        public Column<T> setComparator(Comparator<T> comparator) {
            this.comparator = comparator;
            table.addClassName("sortable");
            NativeTableHeaderCell headerCell = table.headers.getHeaderCell(table.columns.indexOf(this)).orElseThrow();
            NativeButton sort = new NativeButton(header, event -> table.sortBy(this));
            sort.addClassName("sort-button");
            headerCell.removeAll();
            headerCell.add(sort);
            return this;
        }

        /** Makes a text column sortable by its values' natural order. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Column<T> setSortable() {
            return setComparator(Comparator.comparing(item -> (Comparable) value.apply(item)));
        }
    }
}
