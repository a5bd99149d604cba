package com.thenandnow.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;

/**
 * The page's main landmark is the view itself: screen-reader users jump to it, and the skip link moves focus
 * to it. Views need do nothing: {@link SiteHeader} marks each view it is shown with; a view without a layout
 * marks itself.
 */
public final class Landmarks {

    static final String MAIN_ID = "main-content";

    private Landmarks() {
    }

    public static void markMain(HasElement view) {
        Element element = view.getElement();
        element.setAttribute("role", "main");
        element.setAttribute("id", MAIN_ID);
        element.setAttribute("tabindex", "-1");
    }
}
