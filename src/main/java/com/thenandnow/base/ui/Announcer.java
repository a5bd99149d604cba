package com.thenandnow.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Tells screen-reader users something once, politely, without moving focus: "Checked: 3 of 5 right". There is
 * one status region per page, kept on the UI outside the views; it is in the page from the start (see
 * {@link SiteHeader}), because screen readers ignore a live region that appears together with its message.
 */
public final class Announcer {

    private static final String KEY = "then-and-now-announcer";

    private Announcer() {
    }

    /** Says {@code message} after whatever the screen reader is saying now; the same words again are said again. */
    public static void polite(UI ui, String message) {
        Div region = region(ui);
        region.removeAll();
        region.add(new Span(message));
    }

    /** The page's status region, added to the UI the first time it is asked for. */
    static Div region(UI ui) {
        if (ComponentUtil.getData(ui, KEY) instanceof Div existing) {
            return existing;
        }
        Div region = new Div();
        region.addClassNames("announcer", "visually-hidden");
        region.getElement().setAttribute("role", "status");
        region.getElement().setAttribute("aria-atomic", "true");
        ui.add(region);
        ComponentUtil.setData(ui, KEY, region);
        return region;
    }
}
