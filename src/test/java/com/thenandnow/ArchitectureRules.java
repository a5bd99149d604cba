package com.thenandnow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The package rules of the house style, for any root package: the app's own ({@link ArchitectureTest}) and a
 * deliberately broken fixture ({@link ArchitectureRulesBiteTest}), which proves each rule can fail.
 */
final class ArchitectureRules {

    /**
     * Who may use whom. A feature is its package with every sub-package, {@code ui} included; a feature not in
     * this table is a violation of its own, so the table stays the whole truth.
     */
    static final Map<String, List<String>> MAY_USE = Map.of(
            "base", List.of(),
            "lesson", List.of("base"),
            "quiz", List.of("lesson", "base"),
            "progress", List.of("quiz", "lesson", "base"),
            "learner", List.of("progress", "quiz", "lesson", "base"),
            "security", List.of("base"),
            "instructor", List.of("progress", "quiz", "lesson", "security", "base"));

    /** The features whose plain classes (not Spring beans, not ui) must be plain Java: parsing, grading, progress. */
    static final List<String> PLAIN = List.of("lesson", "quiz", "progress", "instructor");

    private static final DescribedPredicate<JavaClass> SPRING_BEANS = new DescribedPredicate<>("Spring beans or configuration") {
        @Override
        public boolean test(JavaClass type) {
            return type.isMetaAnnotatedWith(Component.class) || type.isAnnotatedWith(Configuration.class)
                    || type.isAnnotatedWith(ConfigurationProperties.class);
        }
    };

    private ArchitectureRules() {
    }

    static ArchRule featuresUseOnlyWhatTheTableAllows(String root) {
        var architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String feature : MAY_USE.keySet()) {
            architecture = architecture.layer(feature).definedBy(root + "." + feature + "..");
        }
        for (Map.Entry<String, List<String>> feature : MAY_USE.entrySet()) {
            architecture = feature.getValue().isEmpty()
                    ? architecture.whereLayer(feature.getKey()).mayNotAccessAnyLayer()
                    : architecture.whereLayer(feature.getKey()).mayOnlyAccessLayers(feature.getValue().toArray(String[]::new));
        }
        return architecture.ensureAllClassesAreContainedInArchitectureIgnoring(root);
    }

    static ArchRule featuresFormNoCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule vaadinOnlyInUiPackages(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..ui..")
                .and().resideOutsideOfPackage(root)
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..");
    }

    static ArchRule onlyUiDependsOnUi(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..ui..")
                .and().resideOutsideOfPackage(root)
                .should().dependOnClassesThat().resideInAPackage(root + "..ui..");
    }

    static ArchRule parsingGradingAndProgressArePlainJava(String root) {
        String[] plain = PLAIN.stream().map(feature -> root + "." + feature + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(plain).and().resideOutsideOfPackage("..ui..")
                .and(not(SPRING_BEANS))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.servlet..");
    }

    static ArchRule viewsAndLayoutsArePackagePrivateInUiPackages(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().areAnnotatedWith(Route.class).or().areAssignableTo(RouterLayout.class)
                .should().notBePublic().andShould().resideInAPackage("..ui..");
    }
}
