package org.counterdesk.print;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The documents and printing code is shared by every room and runs off the screen: no JavaFX in it. */
class PrintArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.counterdesk.print", "org.counterdesk.receipting");

    @Test
    void printingAndReceiptDocumentsDoNotTouchJavaFx() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theSharedPrintPackageDoesNotDependOnAnyRoom() {
        noClasses().that().resideInAPackage("org.counterdesk.print..")
                .should().dependOnClassesThat().resideInAnyPackage("org.counterdesk.receipting..",
                        "org.counterdesk.drawer..", "org.counterdesk.banking..", "org.counterdesk.visitors..")
                .check(classes);
    }
}
