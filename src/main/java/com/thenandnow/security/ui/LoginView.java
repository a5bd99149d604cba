package com.thenandnow.security.ui;

import com.thenandnow.base.ui.Landmarks;
import com.thenandnow.base.ui.Links;
import com.thenandnow.security.LoginAttempts;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.List;

/**
 * The instructors' login; Spring Security handles the form post to "login". The post must carry the CSRF
 * token: the login form adds it from the {@code _csrf} meta tags Vaadin writes into every page it serves.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Instructor login · Then & Now")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    final LoginI18n messages = LoginI18n.createDefault();
    final Paragraph notice = new Paragraph();

    LoginView() {
        addClassName("login-page");
        Landmarks.markMain(this);
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        messages.getForm().setTitle("Instructor login");
        messages.getErrorMessage().setTitle("Wrong user name or password");
        messages.getErrorMessage().setMessage("Check both and try again.");
        form.setI18n(messages);
        notice.addClassName("login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        add(new H1("Then & Now"), new Paragraph("The instructor area shows lesson problems, previews with answer keys "
                + "and class progress. Learners do not need to log in."), notice, form,
                Links.to("Back to the course", Links.HOME));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        form.setError(query.containsKey("error"));
        showNotice(query.containsKey(LoginAttempts.LOCKED_QUERY)
                ? "Too many failed logins from here. Please wait a few minutes before you try again."
                : query.containsKey("logout") ? "You have been logged out." : "");
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(!text.isEmpty());
    }
}
