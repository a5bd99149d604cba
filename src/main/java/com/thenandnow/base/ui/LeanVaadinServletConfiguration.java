package com.thenandnow.base.ui;

import com.vaadin.flow.spring.RootMappedCondition;
import com.vaadin.flow.spring.SpringBootAutoConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.VaadinConfigurationProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link LeanVaadinServlet} the way Vaadin's auto-configuration registers its own, which then steps back. */
@Configuration(proxyBeanMethods = false)
class LeanVaadinServletConfiguration {

    @Bean
    ServletRegistrationBean<SpringServlet> servletRegistrationBean(ApplicationContext context,
            ObjectProvider<MultipartConfigElement> multipartConfig, VaadinConfigurationProperties properties) {
        boolean rootMapping = RootMappedCondition.isRootMapping(properties.getUrlMapping());
        return SpringBootAutoConfiguration.configureServletRegistrationBean(multipartConfig, properties,
                new LeanVaadinServlet(context, rootMapping));
    }
}
