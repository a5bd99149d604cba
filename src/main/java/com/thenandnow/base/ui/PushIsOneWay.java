package com.thenandnow.base.ui;

import org.atmosphere.cpr.Action;
import org.atmosphere.cpr.AtmosphereInterceptorAdapter;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.websocket.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a push websocket at the first message a client writes on it. Browsers send their requests by XHR here
 * (Vaadin's default WEBSOCKET_XHR transport) and only listen on the websocket, so a message there comes from a
 * script; Vaadin would gather it for as long as its length prefix announces ({@code 2000000000|…}), holding
 * every frame in memory. Runs after Atmosphere's default interceptors, so their heartbeats still pass.
 */
public class PushIsOneWay extends AtmosphereInterceptorAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(PushIsOneWay.class);

    @Override
    public Action inspect(AtmosphereResource resource) {
        if (resource.transport() != AtmosphereResource.TRANSPORT.WEBSOCKET
                || !"POST".equalsIgnoreCase(resource.getRequest().getMethod())) {
            return Action.CONTINUE;
        }
        if (resource.getResponse().getAsyncIOWriter() instanceof WebSocket socket) {
            LOG.debug("Closing a push websocket that a client wrote to ({})", resource.getRequest().getRemoteAddr());
            socket.close();
        }
        return Action.CANCELLED;
    }
}
