package com.thenandnow;

import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Browserless UI tests with Karibu-Testing: the real Spring context and views, a mocked Vaadin
 * servlet, no browser. The course is {@value #FIXTURE_COURSE}: three small lessons that use every kind of
 * question, option feedback, a hint and a locked lesson. The real course is held to its bar by
 * CourseContentTest and the real-browser journeys; view tests use this one, so rewriting the real course
 * never breaks them. The app's clock is a {@link MovableClock} that each test starts at the present.
 */
@SpringBootTest
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password=test-secret",
        "app.lessons.dir=" + AbstractViewTest.FIXTURE_COURSE})
public abstract class AbstractViewTest {

    public static final String FIXTURE_COURSE = "src/test/resources/fixture-course";

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected MovableClock clock;

    @BeforeEach
    void setUpVaadin() {
        clock.reset();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /**
     * Every route and error view of the app. Karibu's own discovery sees public classes only, and the views
     * are package-private, as in Vaadin's walking skeleton. Access denial has no view of the app's own, so
     * Karibu's stands in, as its discovery would add it.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages(Application.class.getPackageName()).scan()) {
            Set<Class<? extends Component>> routes = new HashSet<>(
                    scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class));
            Set<Class<? extends HasErrorParameter<?>>> errors = new HashSet<>();
            scan.getClassesImplementing(HasErrorParameter.class).loadClasses()
                    .forEach(type -> errors.add((Class<? extends HasErrorParameter<?>>) type));
            errors.add(MockRouteAccessDeniedError.class);
            return new Routes(routes, errors, false);
        }
    }
}
