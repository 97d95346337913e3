package org.counterdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules that keep the architecture easy to see. */
@AnalyzeClasses(packages = "org.counterdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyScreensTouchJavaFx = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
            .because("only ui packages may use JavaFX; rules and storage must run without a screen");

    @ArchTest
    static final ArchRule rulesDoNotReachIntoScreens = noClasses()
            .that().resideOutsideOfPackage("..ui..").and().doNotHaveSimpleName("Launcher")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("screens depend on services, never the other way round");

    @ArchTest
    static final ArchRule sqlStaysInDaosAndTheStore = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
            .because("screens reach data only through services");
}
