package com.thenandnow.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Memory of the push websocket that every open page holds, which decides how many learners fit in a heap.
 * The browser sends its requests by XHR here (Vaadin's default WEBSOCKET_XHR transport) and the server
 * pushes only small reload notices, so the buffers for messages from the client stay empty and the ones
 * for messages to it need not hold a whole message: {@link PushIsOneWay} closes a websocket that a client
 * writes to. What each connection kept, measured in a heap dump of 350 open pages:
 * <ul>
 * <li>Atmosphere's read buffers ({@code websocket.bufferSize}, 16 KB of bytes and 32 KB of chars as Vaadin
 * sets it): they only take messages the client streams, and grow when one does, so they start tiny.
 * <li>Tomcat's socket buffers, 8 KB each way, shrink to 2 KB: larger bodies take more reads and writes,
 * which costs little next to the memory of a thousand idle connections.
 * <li>Tomcat's websocket buffers (frame input, text and binary message, output, encoder), sized by
 * {@code Application.WEBSOCKET_BUFFER}.
 * </ul>
 * Servlet init parameters take precedence over Vaadin's.
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers {

    static final String ATMOSPHERE_READ_BUFFER = "64";
    static final String LARGEST_CLIENT_MESSAGE = "4096";
    static final String SOCKET_BUFFER = "2048";

    @Bean
    static BeanPostProcessor smallerAtmosphereBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter("org.atmosphere.websocket.bufferSize", ATMOSPHERE_READ_BUFFER);
                    registration.addInitParameter("org.atmosphere.websocket.maxTextMessageSize", LARGEST_CLIENT_MESSAGE);
                    registration.addInitParameter("org.atmosphere.websocket.maxBinaryMessageSize", LARGEST_CLIENT_MESSAGE);
                    registration.addInitParameter("org.atmosphere.cpr.AtmosphereInterceptor", PushIsOneWay.class.getName());
                }
                return bean;
            }
        };
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallerSocketBuffers() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER);
        });
    }
}
