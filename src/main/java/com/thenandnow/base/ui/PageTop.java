package com.thenandnow.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Brings a new page into view. Pages scroll inside the app layout's content area, not the window, so
 * Vaadin's scroll-to-top on navigation misses them; and focus would stay on the link that was pressed,
 * now gone. Moving focus to the page's heading lets keyboard and screen-reader users start at the content.
 */
public final class PageTop {

    private static final String SCRIPT = """
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            if (content) { content.scrollTop = 0; }
            const heading = $0 ? document.querySelector('vaadin-app-layout h1') : null;
            if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({preventScroll: true}); }
            """;

    private PageTop() {
    }

    public static void show(UI ui, boolean focusHeading) {
        ui.getPage().executeJs(SCRIPT, focusHeading);
    }
}
