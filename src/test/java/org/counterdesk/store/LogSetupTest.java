package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logging set up in code writes what the XML configuration did, to a file private to its owner. */
class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void writesInfoAndAboveToAPrivateFileInTheLogsFolderAndQuietensFlyway() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's SLF4J provider gives the app's context
        LogSetup.configure(context, dir.resolve("logs"), "OFF");
        context.getLogger("org.counterdesk.Example").info("receipt {} posted", "CD01-000001");
        context.getLogger("org.counterdesk.Example").debug("not kept");
        context.getLogger("org.flywaydb.core.Flyway").info("not kept either");
        context.stop();

        Path file = dir.resolve("logs/counterdesk.log");
        assertThat(Files.readAllLines(file)).singleElement().asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}.* INFO  \\[.*\\] org.counterdesk.Example - "
                        + "receipt CD01-000001 posted");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }
}
