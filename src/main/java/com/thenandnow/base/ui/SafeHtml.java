package com.thenandnow.base.ui;

import com.vaadin.flow.component.Html;

/** Shows HTML that the lesson parser has already sanitized; Vaadin's Html needs a single root element. */
public final class SafeHtml {

    private SafeHtml() {
    }

    public static Html of(String sanitizedHtml, String className) {
        return new Html("<div class=\"" + className + "\">" + sanitizedHtml + "</div>");
    }
}
