package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.instructor.ClassExportController;
import com.thenandnow.instructor.ExportOptions;
import com.thenandnow.instructor.NameFilter;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;

/**
 * The two downloads, for the learners the page shows and in the zone it shows times in, with or without a UTF-8
 * byte-order mark (on by default: without it Excel on Windows garbles accented names).
 */
class ExportLinks extends Div {

    final Anchor classCsv = download("Class progress CSV");
    final Anchor responsesCsv = download("Responses CSV");
    final Checkbox byteOrderMark = new Checkbox("For Excel (UTF-8 byte-order mark)", true);

    private NameFilter filter = NameFilter.EVERYONE;
    private ZoneId zone = ShownTime.UTC;

    ExportLinks() {
        addClassName("export-links");
        Span label = new Span("Download:");
        label.addClassName("export-label");
        byteOrderMark.setTooltipText("Leave it on for Excel; turn it off for tools that do not expect the mark.");
        byteOrderMark.addValueChangeListener(event -> update());
        add(label, classCsv, responsesCsv, byteOrderMark);
        update();
    }

    void show(NameFilter filter, ZoneId zone) {
        this.filter = filter;
        this.zone = zone;
        update();
    }

    private void update() {
        ExportOptions options = new ExportOptions(filter, zone, byteOrderMark.getValue());
        classCsv.setHref(ClassExportController.href(ClassExportController.CLASS_PATH, options));
        responsesCsv.setHref(ClassExportController.href(ClassExportController.RESPONSES_PATH, options));
    }

    /** A plain link, not a route: the browser downloads the file the server sends. */
    private static Anchor download(String text) {
        Anchor link = new Anchor("", text);
        link.setDownload(true);
        link.setRouterIgnore(true);
        link.addClassName("download-link");
        return link;
    }
}
