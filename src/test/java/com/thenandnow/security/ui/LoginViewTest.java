package com.thenandnow.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.thenandnow.AbstractViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/** What the login page tells the instructor, and its way back to the course. */
class LoginViewTest extends AbstractViewTest {

    @Test
    void after_logging_out_the_page_says_so() {
        UI.getCurrent().navigate("login", QueryParameters.of("logout", ""));

        LoginView view = _get(LoginView.class);
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).isEqualTo("You have been logged out.");
        assertThat(view.form.isError()).isFalse();
    }

    @Test
    void a_locked_out_address_is_told_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));

        assertThat(_get(LoginView.class).notice.getText()).startsWith("Too many failed logins from here.");
    }

    @Test
    void a_wrong_password_shows_the_error_without_telling_how_passwords_are_set() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginView view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.messages.getErrorMessage().getMessage()).isEqualTo("Check both and try again.");
        assertThat(view.notice.isVisible()).isFalse();
    }

    @Test
    void the_login_page_links_back_to_the_course() {
        UI.getCurrent().navigate("login");

        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withText("Back to the course")).getHref()).isEqualTo(".");
    }
}
