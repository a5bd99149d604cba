package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly page for unknown addresses and lessons, with a way back, instead of a stack trace. */
@PageTitle("Not found")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private static final String ROUTER_MESSAGE = "Couldn't find route";

    final Paragraph message = new Paragraph();

    NotFoundView() {
        addClassName("page");
        add(new H1("Page not found"), message, Links.to("Back to the course", Links.HOME));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        message.setText(isOurs(parameter) ? parameter.getCustomMessage()
                : "There is nothing at '/" + event.getLocation().getPath() + "'. It may have moved, or the address may be mistyped.");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Our views explain a missing lesson in words; the router's own "Couldn't find route …" is for developers. */
    private static boolean isOurs(ErrorParameter<NotFoundException> parameter) {
        return parameter.hasCustomMessage() && !parameter.getCustomMessage().startsWith(ROUTER_MESSAGE);
    }
}
