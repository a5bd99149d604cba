package com.thenandnow;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the house style, checked on the app's classes on every build. */
@AnalyzeClasses(packagesOf = Application.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = Application.class.getPackageName();

    @ArchTest
    static final ArchRule features_use_only_the_features_the_table_allows = ArchitectureRules.featuresUseOnlyWhatTheTableAllows(APP);

    @ArchTest
    static final ArchRule features_form_no_cycles = ArchitectureRules.featuresFormNoCycles(APP);

    @ArchTest
    static final ArchRule vaadin_is_used_only_in_ui_packages = ArchitectureRules.vaadinOnlyInUiPackages(APP);

    @ArchTest
    static final ArchRule only_ui_packages_depend_on_ui_packages = ArchitectureRules.onlyUiDependsOnUi(APP);

    @ArchTest
    static final ArchRule parsing_grading_and_progress_are_plain_java = ArchitectureRules.parsingGradingAndProgressArePlainJava(APP);

    @ArchTest
    static final ArchRule views_and_layouts_are_package_private_in_ui_packages =
            ArchitectureRules.viewsAndLayoutsArePackagePrivateInUiPackages(APP);
}
