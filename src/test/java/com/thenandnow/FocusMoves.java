package com.thenandnow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.internal.UIInternals;
import java.util.List;

/**
 * Whether the server told the browser to move keyboard focus to a component, found among the JavaScript the page
 * would send in its next response. Browserless tests cannot see focus itself; the real-browser journeys do.
 */
public final class FocusMoves {

    private FocusMoves() {
    }

    /** Forgets what the page would send so far, so a later {@link #movedTo} sees only what follows. */
    public static void forget() {
        pending();
    }

    /** Whether JavaScript that focuses {@code component}, or an element in it, is due to be sent. */
    public static boolean movedTo(Component component) {
        return pending().stream().anyMatch(js -> js.getOwner() == component.getElement().getNode()
                && js.getInvocation().getExpression().contains("focus"));
    }

    private static List<PendingJavaScriptInvocation> pending() {
        UIInternals internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations();
    }
}
