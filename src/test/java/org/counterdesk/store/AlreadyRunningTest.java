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

/**
 * Opening a database as the app while another process owns it is refused plainly (the other
 * process serves it in H2's mixed mode, but only a shared open, the command line's, may join).
 */
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
                    .hasMessage("Could not open the database: another program on this PC has it open (Counterdesk "
                            + "in another window, or a counterdesk command still running). Try again when it has finished.");
        }
    }
}
