package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.counterdesk.testing.HeldShared;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app started while a command has the database to itself (a nightly backup, say) waits for
 * the command to finish rather than failing, and says plainly what is in the way if it does
 * not finish in time. The command runs in a JVM of its own, as it does at a counter.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AppWaitsForCommandTest {

    @TempDir
    Path dir;

    @Test
    void theAppOpensOnceTheCommandHasFinished() throws Exception {
        Path db = demoDatabase();
        Process command = HeldShared.start(db);
        try (BufferedReader said = reader(command); Writer tell = writer(command)) {
            assertThat(said.readLine()).isEqualTo(HeldShared.READY);
            Thread finisher = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    tell.write("done\n");
                    tell.flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            finisher.start();

            try (Database opened = Database.open(db, Duration.ofSeconds(60))) {
                assertThat(said.readLine()).isEqualTo(HeldShared.DONE);
                int staff = opened.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM staff")
                        .mapTo(Integer.class).one());
                assertThat(staff).isEqualTo(3);
            }
            finisher.join();
        } finally {
            command.destroy();
        }
    }

    @Test
    void aCommandThatDoesNotFinishInTimeIsNamedAsWhatIsInTheWay() throws Exception {
        Path db = demoDatabase();
        Process command = HeldShared.start(db);
        try (BufferedReader said = reader(command); Writer tell = writer(command)) {
            assertThat(said.readLine()).isEqualTo(HeldShared.READY);

            assertThatThrownBy(() -> Database.open(db, Duration.ofMillis(800))).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("Could not open the database: another program on this PC has it open");

            tell.write("done\n");
            tell.flush();
            assertThat(said.readLine()).isEqualTo(HeldShared.DONE);
        } finally {
            command.destroy();
        }
    }

    private Path demoDatabase() throws Exception {
        Path home = dir.resolve("home");
        TestCounter.demo(home).close();
        return new DataFolder(home).database();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static Writer writer(Process p) {
        return new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
    }
}
