package com.thenandnow;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Browserless UI tests with Karibu-Testing: the real Spring context and views, a mocked Vaadin
 * servlet, no browser. The course is the real one in {@code lessons/}.
 */
@SpringBootTest
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password=test-secret"})
public abstract class AbstractViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.thenandnow");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
