package com.thenandnow.security.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import java.util.function.Predicate;

/**
 * Vaadin's navigation access control, with the same role check, minus a search of every jar in the app.
 * Before each navigation Vaadin asks its {@code Lookup} for the role-prefix holder, and that lookup
 * reads the service files of all 125 jars every time: 6 % of the request threads' CPU samples with 300
 * learners (JFR). The holder is a Spring bean, so this takes it from there; push requests, and navigations
 * without a request, keep Vaadin's own path.
 */
class RoleCheckWithoutLookup extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    RoleCheckWithoutLookup(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
            VaadinRolePrefixHolder rolePrefix) {
        super(checkers, resolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        if (request == null || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            return super.getRolesChecker(request);
        }
        if (!rolePrefix.isSet()) {
            rolePrefix.resetRolePrefix(request);
        }
        return request::isUserInRole;
    }
}
