package com.thenandnow.base.ui;

import com.vaadin.flow.component.html.Anchor;

/** The app's routes, so views link to each other without depending on each other's classes. */
public final class Links {

    public static final String HOME = "";
    public static final String PROGRESS = "progress";
    public static final String INSTRUCTOR = "instructor";

    private Links() {
    }

    public static String lesson(String lessonId) {
        return "lessons/" + lessonId;
    }

    public static String quiz(String lessonId) {
        return lesson(lessonId) + "/quiz";
    }

    /** A link the Vaadin router follows in place, without reloading the page. */
    public static Anchor to(String text, String route) {
        Anchor anchor = new Anchor(route.isEmpty() ? "." : route, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
