package com.thenandnow.base.ui;

import com.vaadin.flow.component.UI;

/** Page titles end with the site's name ("My progress · Then & Now"), so a tab or a history entry says whose page it is. */
public final class PageTitles {

    public static final String SITE = "Then & Now";
    public static final String SUFFIX = " · " + SITE;

    private PageTitles() {
    }

    /**
     * Ends the title of the page just navigated to with the site's name, unless it already names the site. Flow
     * sets a view's title after the navigation listeners have run, so this waits until just before the response.
     */
    static void addSiteName(UI ui) {
        ui.beforeClientResponse(ui, context -> {
            String title = ui.getInternals().getTitle();
            if (title != null && !title.isEmpty() && !title.endsWith(SITE)) {
                ui.getPage().setTitle(title + SUFFIX);
            }
        });
    }
}
