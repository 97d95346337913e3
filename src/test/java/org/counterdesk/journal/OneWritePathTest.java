package org.counterdesk.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.counterdesk.seal.SealSpec;
import org.jdbi.v3.core.Handle;

/**
 * Every sealed record is written the same way: only the {@link Ledger} calls
 * {@link Journal#seal}, and the ledger seals only inside its own write (see SealedWritesTest).
 * The one-off migration that sealed the records of older installs lives outside these packages.
 */
@AnalyzeClasses(packages = "org.counterdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class OneWritePathTest {

    @ArchTest
    static final ArchRule onlyTheLedgerSeals = noClasses()
            .that().doNotBelongToAnyOf(Ledger.class)
            .should().callMethod(Journal.class, "seal", Handle.class, SealSpec.class, long.class, JournalEvent.class)
            .because("a sealed record is written through Ledger.write: numbering, one transaction, seal, disk sync "
                    + "and failure wording in one tested place");
}
