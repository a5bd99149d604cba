package com.thenandnow.quiz.ui;

import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.Component;

/**
 * The widget a learner answers one question with. It knows options only by their index in the lesson
 * file and never holds the answer key, so nothing in the page tells what is right before checking.
 */
interface AnswerInput {

    Component component();

    /** What the learner has given so far; {@link Response#BLANK} when nothing. */
    Response response();

    default boolean isAnswered() {
        return !(response() instanceof Response.Blank);
    }

    /** Shows {@code response} as the answer given, as a saved draft holds it; one of another shape is ignored. */
    void restore(Response response);

    /** Calls {@code listener} whenever the learner changes the answer. */
    void onChange(Runnable listener);

    /** Calls {@code listener} when the learner presses Enter in a text field; other widgets have none. */
    default void onEnter(Runnable listener) {
    }
}
