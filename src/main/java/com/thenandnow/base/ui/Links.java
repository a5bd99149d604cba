package com.thenandnow.base.ui;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The app's routes, so views link to each other without depending on each other's classes. */
public final class Links {

    public static final String HOME = "";
    public static final String PROGRESS = "progress";
    public static final String GLOSSARY = "glossary";
    public static final String TIMELINE = "timeline";
    public static final String REVIEW = "review";
    public static final String COMPLETE = "complete";
    public static final String INSTRUCTOR = "instructor";
    public static final String CLASS_PROGRESS = INSTRUCTOR + "/class";

    private Links() {
    }

    public static String lesson(String lessonId) {
        return "lessons/" + lessonId;
    }

    public static String quiz(String lessonId) {
        return lesson(lessonId) + "/quiz";
    }

    /** Review, starting with this question of the lesson (by its number in the live version). */
    public static String review(String lessonId, int questionNumber) {
        return REVIEW + "?lesson=" + URLEncoder.encode(lessonId, StandardCharsets.UTF_8) + "&question=" + questionNumber;
    }

    /** The instructor's preview of a lesson file, by file name: a file that is not live may have no valid id. */
    public static String preview(String fileName) {
        return INSTRUCTOR + "/preview/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link the Vaadin router follows in place, without reloading the page. */
    public static Anchor to(String text, String route) {
        Anchor anchor = new Anchor(route.isEmpty() ? "." : route, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
