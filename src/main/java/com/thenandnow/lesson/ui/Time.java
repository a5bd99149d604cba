package com.thenandnow.lesson.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** An HTML {@code <time>} element: the date as written, and in {@code datetime} as machines read it. */
@Tag("time")
class Time extends HtmlContainer {

    Time(String text, String datetime) {
        setText(text);
        getElement().setAttribute("datetime", datetime);
    }
}
