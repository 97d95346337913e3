package org.counterdesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;

/**
 * The rules that keep the architecture easy to see. The packages form layers, drawn in the
 * README: the kits at the bottom (they know no room), the rooms above them (each may use the
 * kits and the rooms below it, never in a circle), and the app shell and the command line on
 * top, with the {@code Launcher} alone in the root package choosing between them.
 */
@AnalyzeClasses(packages = {"org.counterdesk", "db.migration"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.counterdesk";

    /** Shared parts every room may use; they know no room, no shell and no command line. */
    private static final String[] KITS = {ROOT + ".common..", ROOT + ".money..", ROOT + ".store..", ROOT + ".seal..",
        ROOT + ".journal..", ROOT + ".organisation..", ROOT + ".print..", ROOT + ".ui"};

    @ArchTest
    static final ArchRule noCyclesBetweenTopPackages = slices().assignedFrom(packagesBelowRoot(1))
            .should().beFreeOfCycles()
            .because("a room that needs another must not be needed by it: cycles make every change touch both");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().assignedFrom(packagesBelowRoot(Integer.MAX_VALUE))
            .should().beFreeOfCycles()
            .because("a room's screens (x.ui) use its services (x), never the other way round");

    @ArchTest
    static final ArchRule kitsKnowNoRoom = classes().that().resideInAnyPackage(KITS)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(KITS)))
            .because("money, storage, the journal and the PDF and widget kits sit below every room");

    @ArchTest
    static final ArchRule moneyAndStoreKnowNoFeature = classes()
            .that().resideInAnyPackage(ROOT + ".money..", ROOT + ".store..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..")
                    .or(resideInAnyPackage(ROOT + ".common..", ROOT + ".money..", ROOT + ".store..")))
            .because("money and storage are the floor: everything else stands on them");

    @ArchTest
    static final ArchRule onlyTheEntryPointsKnowTheApp = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".app..", ROOT + ".cli..").and().doNotHaveSimpleName("Launcher")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".cli..")
            .because("the app and the command line compose the rooms; no room reaches back up into them");

    @ArchTest
    static final ArchRule theCompositionRootHandsOutRoomsAndSharedPartsOnly = methods()
            .that().areDeclaredInClassesThat().haveFullyQualifiedName(ROOT + ".app.AppServices")
                .and().arePublic().and().areNotStatic()
            .should().haveRawReturnType(DescribedPredicate.describe("a room (...Room) or a shared part (a kit's)",
                    t -> t.getSimpleName().endsWith("Room") || resideInAnyPackage(KITS).test(t)
                            || !t.getPackageName().startsWith(ROOT)))
            .because("each room wires its own services; a bag of feature getters lets every caller reach into every room");

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
    static final ArchRule theCommandLineOpensNoWindow = noClasses()
            .that().resideInAPackage(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "javafx..", "atlantafx..")
            .because("the command line runs on servers with no display and must never load JavaFX");

    @ArchTest
    static final ArchRule documentsAreMadeWithoutAScreen = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("every document must also be made by the command line and the tests, which have no screen");

    /*
     * One screen pattern (JabRef's): an FXML view, a controller that binds and forwards, and a
     * view model that holds the screen's state. The view model keeps that state behind accessors
     * and knows no node, so it is tested as a plain object (the *ViewModelTest classes).
     */
    @ArchTest
    static final ArchRule viewModelsKeepTheirStateBehindAccessors = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("..ui..")
            .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Model")
            .and().areNotStatic()
            .should().bePrivate()
            .because("a view model's state is read and bound through its accessors");

    @ArchTest
    static final ArchRule viewModelsKnowNoNodes = noClasses()
            .that().resideInAPackage("..ui..").and().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..", "javafx.stage..")
            .because("a view model knows nothing of the view, so it is tested without one");

    @ArchTest
    static final ArchRule everyControllerHasItsFxmlView = classes()
            .that().resideInAPackage("..ui..").and().haveSimpleNameEndingWith("Controller")
            .and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should(FxmlViews.nameThemAsController())
            .because("every screen and panel is an FXML view whose controller binds it");

    @ArchTest
    static final ArchRule controllersKeepNoRules = noClasses()
            .that().resideInAPackage("..ui..").and().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Dao")
            .because("a controller binds and forwards; rules live in services behind the view model");

    @ArchTest
    static final ArchRule screensReachDataOnlyThroughServices = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
            .because("screens reach data only through services");

    /*
     * The real rule for SQL. Services do take a Jdbi or a Handle: they open the transaction that
     * several DAOs and the journal must share (one receipt = lines, tenders and journal entry, all
     * or nothing). What they must not do is write SQL: only DAOs (classes named ...Dao), the store
     * and the migrations hand SQL text to JDBI or JDBC, so every query is found in one place per
     * aggregate. Two named exceptions work on tables by name rather than on one aggregate: the
     * seal reads the rows its spec names, and the backup copies every table whole.
     */
    @ArchTest
    static final ArchRule sqlIsWrittenOnlyInDaosTheStoreAndMigrations = noClasses()
            .that().haveSimpleNameNotEndingWith("Dao")
            .and().resideOutsideOfPackages(ROOT + ".store..", "db.migration..")
            .and().doNotHaveFullyQualifiedName(ROOT + ".seal.Canonical")
            .and().doNotHaveFullyQualifiedName(ROOT + ".backup.RowLoader")
            .and().doNotHaveFullyQualifiedName(ROOT + ".backup.TableSchema")
            .and().doNotHaveFullyQualifiedName(ROOT + ".backup.TableWriter")
            .should().callMethodWhere(handsOverSql())
            .because("a service opens the transaction, a DAO writes the SQL");

    /** A JDBI or JDBC call that is given SQL text (not one that runs a statement already made). */
    private static DescribedPredicate<JavaMethodCall> handsOverSql() {
        Set<String> owners = Set.of("org.jdbi.v3.core.Handle", "java.sql.Connection", "java.sql.Statement");
        Set<String> methods = Set.of("createQuery", "createUpdate", "createScript", "createCall", "prepareBatch",
                "select", "execute", "prepareStatement", "prepareCall", "executeQuery", "executeUpdate", "addBatch");
        return DescribedPredicate.describe("hands SQL text to JDBI or JDBC", call -> methods.contains(call.getName())
                && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class))
                && owners.stream().anyMatch(o -> call.getTargetOwner().isAssignableTo(o)));
    }

    /**
     * Slices by package name below {@code org.counterdesk}, cut after {@code depth} names: depth 1
     * puts {@code receipting} and {@code receipting.ui} together, a large depth keeps them apart.
     * The root package (the {@code Launcher} alone) is a slice of its own.
     */
    private static SliceAssignment packagesBelowRoot(int depth) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String pkg = c.getPackageName();
                if (pkg.equals(ROOT)) {
                    return SliceIdentifier.of("(root)");
                }
                if (!pkg.startsWith(ROOT + ".")) {
                    return SliceIdentifier.ignore();
                }
                String[] names = pkg.substring(ROOT.length() + 1).split("\\.");
                return SliceIdentifier.of(String.join(".", java.util.Arrays.copyOf(names, Math.min(depth, names.length))));
            }

            @Override
            public String getDescription() {
                return depth == 1 ? "top-level packages of " + ROOT : "packages of " + ROOT;
            }
        };
    }
}
