package com.thenandnow.instructor.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Logs in within Karibu. Karibu runs no servlet filters, so Spring Security never sees a login: the
 * authentication is set as the login would set it, and the mock request answers for it, because Vaadin's
 * access control asks the request for the user and their roles.
 */
final class InstructorLogin {

    private InstructorLogin() {
    }

    static void logIn() {
        List<SimpleGrantedAuthority> roles = List.of(new SimpleGrantedAuthority("ROLE_" + InstructorAccount.ROLE));
        Authentication login = UsernamePasswordAuthenticationToken.authenticated("instructor", null, roles);
        SecurityContextHolder.getContext().setAuthentication(login);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(login);
        request.setUserInRole((principal, role) -> InstructorAccount.ROLE.equals(role));
    }

    static void logOut() {
        SecurityContextHolder.clearContext();
    }
}
