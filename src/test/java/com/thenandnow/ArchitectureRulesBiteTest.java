package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each architecture rule, run on the broken fixture in {@code archfixture}, reports what the fixture breaks. */
class ArchitectureRulesBiteTest {

    private static final String FIXTURE = "archfixture";
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE);

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(BROKEN).getFailureReport().getDetails();
    }

    @Test
    void a_feature_using_one_the_table_does_not_allow_is_reported() {
        assertThat(violations(ArchitectureRules.featuresUseOnlyWhatTheTableAllows(FIXTURE)))
                .anySatisfy(line -> assertThat(line).contains("archfixture.lesson.Parser", "archfixture.progress.Store"))
                .anySatisfy(line -> assertThat(line).contains("archfixture.quiz.Grader", "archfixture.learner.ui.PublicView"));
    }

    @Test
    void a_feature_missing_from_the_table_is_reported() {
        assertThat(violations(ArchitectureRules.featuresUseOnlyWhatTheTableAllows(FIXTURE)))
                .anySatisfy(line -> assertThat(line).contains("archfixture.unlisted.Stray"));
    }

    @Test
    void a_cycle_between_features_counted_with_their_sub_packages_is_reported() {
        assertThat(violations(ArchitectureRules.featuresFormNoCycles(FIXTURE)))
                .anySatisfy(line -> assertThat(line).contains("lesson", "progress"));
    }

    @Test
    void vaadin_outside_a_ui_package_is_reported() {
        assertThat(violations(ArchitectureRules.vaadinOnlyInUiPackages(FIXTURE)))
                .anySatisfy(line -> assertThat(line).contains("archfixture.quiz.Grader", "com.vaadin"));
    }

    @Test
    void a_ui_package_used_outside_ui_is_reported() {
        assertThat(violations(ArchitectureRules.onlyUiDependsOnUi(FIXTURE)))
                .anySatisfy(line -> assertThat(line).contains("archfixture.quiz.Grader", "PublicView"));
    }

    @Test
    void spring_in_a_plain_domain_class_is_reported() {
        assertThat(violations(ArchitectureRules.parsingGradingAndProgressArePlainJava(FIXTURE)))
                .anySatisfy(line -> assertThat(line).contains("archfixture.progress.Store", "org.springframework"));
    }

    @Test
    void a_public_view_is_reported() {
        assertThat(violations(ArchitectureRules.viewsAndLayoutsArePackagePrivateInUiPackages(FIXTURE)))
                .anySatisfy(line -> assertThat(line).contains("archfixture.learner.ui.PublicView"));
    }
}
