package com.thenandnow.base.ui;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.WebComponentProvider;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.SpringVaadinServletService;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Vaadin's servlet without the request handler for exported web components, of which this app has none.
 * That handler asks, on every request, a registry guarded by a single fair lock for the whole server; a
 * fair lock hands over strictly in turn, so under load each request waited for the threads queued before
 * it to be scheduled (a JFR recording at 1,000 learners: 4,700 waits averaging 2 s in 90 s).
 */
class LeanVaadinServlet extends SpringServlet {

    private final transient ApplicationContext context;

    LeanVaadinServlet(ApplicationContext context, boolean rootMapping) {
        super(context, rootMapping);
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        SpringVaadinServletService service = new WithoutWebComponents(this, configuration, context);
        service.init();
        return service;
    }

    private static final class WithoutWebComponents extends SpringVaadinServletService {

        WithoutWebComponents(VaadinServlet servlet, DeploymentConfiguration configuration, ApplicationContext context) {
            super(servlet, configuration, context);
        }

        @Override
        protected List<RequestHandler> createRequestHandlers() throws ServiceException {
            List<RequestHandler> handlers = super.createRequestHandlers();
            handlers.removeIf(WebComponentProvider.class::isInstance);
            return handlers;
        }
    }
}
