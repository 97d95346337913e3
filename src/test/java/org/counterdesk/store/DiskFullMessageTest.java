package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.testing.DiskFullTrigger;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk is called a full disk, with the folder on it, not "the database reported a problem". */
class DiskFullMessageTest {

    @TempDir
    Path dir;

    @AfterEach
    void disarm() {
        DiskFullTrigger.armed = false;
    }

    @Test
    void aPostOnAFullDiskSaysTheDiskIsFullAndWhere() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var cashier = c.cashier();
            DiskFullTrigger.install(c.services.database().jdbi(), "receipt_line");
            DiskFullTrigger.armed = true;

            assertThatThrownBy(() -> c.services.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(c.line("TAG"))
                    .withTender(Tender.cash(Money.ofDollars(10)))))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not post the receipt; nothing was saved and no number was used: the disk is full "
                            + "where " + c.folder.database().toAbsolutePath() + " is: free some space on it, then try again.");
            assertThat(c.rows("receipt")).isZero();
        }
    }

    @Test
    void aFileThatCouldNotBeWrittenNamesItsOwnFolder() {
        Path file = dir.resolve("documents").resolve("CD01-000001.pdf");
        var failure = new IOException("could not write", new FileSystemException(file.toString(), null,
                "No space left on device"));

        assertThat(StorageException.of(failure, "save the receipt's PDF").getMessage())
                .isEqualTo("Could not save the receipt's PDF: the disk is full where " + file.getParent().toAbsolutePath()
                        + " is: free some space on it, then try again.");
    }
}
