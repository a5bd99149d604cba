package com.thenandnow;

import com.thenandnow.base.ui.PageShell;
import com.thenandnow.lesson.CourseValidator;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Starts the web app, or with the argument {@code validate [DIR]} only checks a lessons folder
 * and exits, without starting the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("then-and-now")
@Push
public class Application implements AppShellConfigurator {

    /** Tomcat's five buffers per websocket (8 KB each by default); see PushBuffers for why smaller. */
    static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CourseValidator.COMMAND)) {
            System.exit(CourseValidator.run(args, System.out));
        }
        System.getProperties().putIfAbsent(WEBSOCKET_BUFFER, "512");
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        PageShell.configure(settings);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
