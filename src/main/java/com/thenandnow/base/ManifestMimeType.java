package com.thenandnow.base;

import java.util.Map;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/** The web manifest goes out as what it is; Tomcat knows no type for ".webmanifest" and would send none. */
@Component
class ManifestMimeType implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        factory.addMimeMappings(new MimeMappings(Map.of("webmanifest", "application/manifest+json")));
    }
}
