package org.counterdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterdesk.Launcher;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong PINs from several command-line processes at once (each a JVM of its own, joining the
 * open app's database) lock the person just as wrong PINs in one app do. Slow (one JVM per try),
 * so one test with a handful of processes.
 */
class LockOutAcrossProcessesTest {

    private static final int PROCESSES = 7;

    @TempDir
    Path dir;

    @Test
    void wrongPinsFromSeveralCommandsAtOnceLockThePerson() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            List<Process> commands = new ArrayList<>();
            List<Path> errors = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                Path err = dir.resolve("err-" + i + ".txt");
                errors.add(err);
                commands.add(exportAs("1001", "0000", err));
            }
            for (Process p : commands) {
                assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the command ended").isTrue();
                assertThat(p.exitValue()).as("a wrong PIN fails the command").isNotZero();
            }

            for (Path err : errors) {
                assertThat(Files.readString(err, StandardCharsets.UTF_8)).containsAnyOf(StaffService.MISMATCH,
                        "Staff number 1001 is locked after 5 wrong PINs").doesNotContain("Casey");
            }
            Staff casey = c.services.staffRoom().staff().all().stream().filter(s -> s.staffNumber().equals("1001")).findFirst()
                    .orElseThrow();
            assertThat(casey.locked()).isTrue();
            int failures = c.services.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT failed_attempts FROM staff WHERE id = :id").bind("id", casey.id()).mapTo(Integer.class).one());
            assertThat(failures).isBetween(5, PROCESSES);
        }
    }

    private Process exportAs(String staffNumber, String pin, Path err) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "export", "--staff", staffNumber)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        builder.environment().put("COUNTERDESK_HOME", dir.toString());
        builder.environment().put("COUNTERDESK_PIN", pin);
        return builder.start();
    }
}
