package org.counterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.counterdesk.store.DataFolder;
import org.counterdesk.testing.MutableClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command that only gathers others, run without one, is a usage error that names what is missing. */
class CommandGroupTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''          | counterdesk: Missing command (see counterdesk --help)",
        "report      | counterdesk report: Missing report kind (day) (see counterdesk report --help)",
        "site        | counterdesk site: Missing command (site init) (see counterdesk site --help)"})
    void aGroupWithoutItsSubcommandIsAUsageError(String group, String expected) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = group.isEmpty() ? new String[0] : new String[] {group};

        int exit = Cli.run(args, new DataFolder(dir), MutableClock.melbourneMorning(), new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip()).isEqualTo(expected);
        assertThat(out.toString()).isEmpty();
    }
}
