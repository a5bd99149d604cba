package com.thenandnow.lesson.ui;

import com.thenandnow.lesson.Course;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lets an open page follow course reloads through server push. Listening only while the page is attached
 * keeps closed pages from piling up as listeners of the library.
 */
public final class CourseUpdates {

    private CourseUpdates() {
    }

    /**
     * While {@code page} is attached, runs {@code onReload} in its UI with every new course snapshot.
     * {@code subscribe} registers a listener and answers the action that removes it.
     */
    public static void follow(Component page, Function<Consumer<Course>, Runnable> subscribe, Consumer<Course> onReload) {
        page.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable unsubscribe = subscribe.apply(course -> ui.access(() -> onReload.accept(course)));
            Registration[] detach = new Registration[1];
            detach[0] = page.addDetachListener(event -> {
                unsubscribe.run();
                detach[0].remove();
            });
        });
    }
}
