package com.thenandnow.base.ui;

import com.vaadin.flow.component.Html;

/**
 * Shows HTML that the lesson parser has already sanitized. The content is set as the root's innerHTML
 * rather than passed to Html's constructor, which would parse it again with jsoup and keep its own
 * re-serialised copy in every open page; this way every page shares the lesson's one string.
 */
public final class SafeHtml {

    private SafeHtml() {
    }

    public static Html of(String sanitizedHtml, String className) {
        Html html = new Html("<div class=\"" + className + "\"></div>");
        html.getElement().setProperty("innerHTML", sanitizedHtml);
        return html;
    }
}
