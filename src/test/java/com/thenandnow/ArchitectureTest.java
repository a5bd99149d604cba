package com.thenandnow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;

/** The package rules of the house style, checked on every build. */
@AnalyzeClasses(packages = "com.thenandnow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> SPRING_BEANS = new DescribedPredicate<>("Spring beans or configuration") {
        @Override
        public boolean test(JavaClass type) {
            return type.isMetaAnnotatedWith(Component.class) || type.isAnnotatedWith(Configuration.class)
                    || type.isAnnotatedWith(ConfigurationProperties.class) || type.isMetaAnnotatedWith(RestController.class);
        }
    };

    @ArchTest
    static final ArchRule vaadin_is_used_only_in_ui_packages = noClasses()
            .that().resideOutsideOfPackage("..ui..").and().doNotHaveFullyQualifiedName(Application.class.getName())
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule views_live_in_ui_packages = classes()
            .that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule features_do_not_depend_on_any_ui = noClasses()
            .that().resideOutsideOfPackage("..ui..").and().doNotHaveFullyQualifiedName(Application.class.getName())
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule lessons_know_nothing_of_quizzes_progress_or_instructors = noClasses()
            .that().resideInAPackage("com.thenandnow.lesson")
            .should().dependOnClassesThat().resideInAnyPackage("com.thenandnow.quiz..", "com.thenandnow.progress..",
                    "com.thenandnow.instructor..");

    @ArchTest
    static final ArchRule quizzes_know_nothing_of_progress_or_instructors = noClasses()
            .that().resideInAPackage("com.thenandnow.quiz")
            .should().dependOnClassesThat().resideInAnyPackage("com.thenandnow.progress..", "com.thenandnow.instructor..");

    @ArchTest
    static final ArchRule progress_knows_nothing_of_instructors = noClasses()
            .that().resideInAPackage("com.thenandnow.progress")
            .should().dependOnClassesThat().resideInAPackage("com.thenandnow.instructor..");

    @ArchTest
    static final ArchRule parsing_grading_and_records_are_plain_java = noClasses()
            .that().resideInAnyPackage("com.thenandnow.lesson", "com.thenandnow.quiz", "com.thenandnow.progress",
                    "com.thenandnow.instructor")
            .and(DescribedPredicate.not(SPRING_BEANS))
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule packages_have_no_cycles = slices().matching("com.thenandnow.(**)").should().beFreeOfCycles();
}
