package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.counterdesk.testing.ChildCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A second copy of Counterdesk on a data folder that another process has open is told so plainly. */
class AlreadyRunningTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void openingADatabaseAnotherProcessHasOpenSaysCounterdeskIsAlreadyRunning() throws Exception {
        try (ChildCounter other = ChildCounter.start(dir, 0)) {
            other.awaitPosted(1, Duration.ofSeconds(120));

            Throwable thrown = catchThrowable(() -> Database.open(new DataFolder(dir).database()).close());

            assertThat(thrown).isInstanceOf(StorageException.class)
                    .hasMessage("Could not open the database: Counterdesk is already running on this PC "
                            + "(the database is open in another window).");
        }
    }
}
