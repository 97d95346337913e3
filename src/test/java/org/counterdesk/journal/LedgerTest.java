package org.counterdesk.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.counterdesk.common.Refused;
import org.counterdesk.seal.Canonical;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.store.StorageException;
import org.counterdesk.testing.FailingTrigger;
import org.counterdesk.testing.TestCounter;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one write path: rows and their sealing entry stand or fall together, failures worded once. */
class LedgerTest {

    @TempDir
    Path dir;
    private TestCounter c;
    private Ledger ledger;

    @BeforeEach
    void counter() throws Exception {
        c = TestCounter.open(dir);
        ledger = new Ledger(c.services.database(), c.services.journal());
    }

    @AfterEach
    void close() {
        FailingTrigger.reset();
        c.close();
    }

    @Test
    void theRowsAndTheEntrySealingThemAreCommittedTogether() {
        JournalEntry entry = ledger.write("add a person; nothing was saved", h -> ledger.seal(h, SealSpecs.STAFF,
                insertPerson(h), JournalEvent.of("STAFF_ADDED", "9001", "CD01", "staff", 1)));

        assertThat(entry.seals()).isTrue();
        assertThat(entry.recordKind()).isEqualTo("staff");
        assertThat(entry.canonicalText()).startsWith("CDJ4\n").endsWith("\nstaff\n1\n" + entry.seal());
        assertThat(entry.expectedHash()).isEqualTo(entry.hash());
        String again = c.services.database().jdbi().withHandle(h -> Canonical.seal(h, SealSpecs.STAFF, 1));
        assertThat(again).isEqualTo(entry.seal());
        String canonical = c.services.database().jdbi().withHandle(h -> Canonical.text(h, SealSpecs.STAFF, 1));
        assertThat(canonical).isEqualTo("CDS1\nstaff\n1\nstaff\nI1\tS1001\tSCasey\\tN\tN\tBtrue\tBfalse\tBfalse\tBtrue\n.\n");
        assertThat(c.rows("staff")).isEqualTo(1);
    }

    @Test
    void aRefusalPassesThroughAndNothingIsWritten() {
        assertThatThrownBy(() -> ledger.write("add a person; nothing was saved", h -> {
            insertPerson(h);
            throw new Refused("name", "Enter the person's name.");
        })).isInstanceOf(Refused.class).hasMessage("Enter the person's name.");

        assertThat(c.rows("staff")).isZero();
        assertThat(c.rows("journal")).isZero();
    }

    @Test
    void aDatabaseFailureIsWordedOnceAndLeavesNothingBehind() {
        FailingTrigger.install(c.services.database().jdbi(), "journal");
        FailingTrigger.arm(c.services.database().jdbi(), true);

        assertThatThrownBy(() -> ledger.write("add a person; nothing was saved", h -> ledger.seal(h, SealSpecs.STAFF,
                insertPerson(h), JournalEvent.of("STAFF_ADDED", "9001", "CD01", "staff", 1))))
                .isInstanceOf(StorageException.class)
                .hasMessage("Could not add a person; nothing was saved: the disk is full: free some space on it, then try again.");

        assertThat(c.rows("staff")).isZero();
    }

    /** A person whose name holds a TAB, to show the escaping, and no PIN (a null). */
    private static long insertPerson(Handle h) {
        return h.createUpdate("INSERT INTO staff (staff_number, full_name, pin_hash, is_cashier, is_supervisor, "
                        + "is_administrator, active, failed_attempts, locked, created_at) VALUES ('1001', 'Casey\tN', NULL, "
                        + "TRUE, FALSE, FALSE, TRUE, 0, FALSE, CURRENT_TIMESTAMP)")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }
}
