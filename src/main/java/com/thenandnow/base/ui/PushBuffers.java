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
 * Vaadin sizes Atmosphere's websocket buffers at 16 KB, and Tomcat allocates them for every connection up
 * front (32 KB of chars for text, 16 KB for binary). The browser sends its requests by XHR here (Vaadin's
 * default WEBSOCKET_XHR transport) and the server pushes only small reload notices, so nothing ever fills
 * them; {@link PushIsOneWay} closes a websocket that a client writes to. Servlet init parameters take
 * precedence over Vaadin's.
 * Tomcat's own per-connection buffers (8 KB each way) shrink to 4 KB: larger bodies take more reads and
 * writes, which costs little next to the memory of a thousand idle connections.
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers {

    static final String ATMOSPHERE_BUFFER = "4096";
    static final String SOCKET_BUFFER = "4096";

    @Bean
    static BeanPostProcessor smallerAtmosphereBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter("org.atmosphere.websocket.bufferSize", ATMOSPHERE_BUFFER);
                    registration.addInitParameter("org.atmosphere.websocket.maxTextMessageSize", ATMOSPHERE_BUFFER);
                    registration.addInitParameter("org.atmosphere.websocket.maxBinaryMessageSize", ATMOSPHERE_BUFFER);
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
