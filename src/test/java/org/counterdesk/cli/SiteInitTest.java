package org.counterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.counterdesk.app.AppServices;
import org.counterdesk.setup.FirstRun;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.DatabaseConfig;
import org.counterdesk.store.SiteSettings;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code site init} on the embedded PostgreSQL server: an empty database becomes a site (schema,
 * organisation, first terminal and administrator, fees) that a counter opens and verify passes;
 * run again on it, or on a PC that names no site database, it refuses and changes nothing; one
 * refused after the migrations ran (a fee file of another council) can be run again.
 */
class SiteInitTest {

    private static final String ABN = "57 940 199 530";

    @TempDir
    Path dir;

    @Test
    void anEmptySiteDatabaseIsPreparedOnceAndThenRefused() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("pc")).create();
        point(folder, PostgresServer.emptyDatabase(dir.resolve("keys")));
        Path fees = demoFees();
        MutableClock clock = MutableClock.melbourneMorning();

        DatabaseConfig site = SiteInit.emptySite(folder);
        SiteInit.run(folder, site, new FirstRun.OrganisationForm("Riverbend City Council", ABN,
                "1 Civic Place, Riverbend VIC 3999", ZoneId.of("Australia/Melbourne"), "cd01", "9100", "Pat Admin",
                "4826"), fees, clock);

        try (AppServices s = AppServices.of(folder, site.open(), clock)) {
            assertThat(s.counter().organisation().name()).isEqualTo("Riverbend City Council");
            assertThat(s.counter().terminal().code()).isEqualTo("CD01");
            assertThat(s.staffRoom().staff().signIn("9100", "4826", s.counter().terminal()).staff().name()).isEqualTo("Pat Admin");
            assertThat(s.feesRoom().catalog().byCode(s.counter().businessDate(), "TAG")).isPresent();
            assertThat(s.auditRoom().integrity().run().firstProblem()).isEmpty();
        }

        Run again = siteInit(folder, fees);
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("is not empty: site init only prepares a new, empty database");
    }

    @Test
    void aSiteInitRefusedAfterTheMigrationsCanBeRunAgain() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("pc")).create();
        point(folder, PostgresServer.emptyDatabase(dir.resolve("keys")));
        MutableClock clock = MutableClock.melbourneMorning();

        // The fee file names another council: refused by the first run, after the schema was made.
        assertThatThrownBy(() -> SiteInit.run(folder, SiteInit.emptySite(folder), form("53 004 085 616"), demoFees(), clock))
                .hasMessageContaining("is this another council's schedule?");

        SiteInit.run(folder, SiteInit.emptySite(folder), form(ABN), dir.resolve("fees.json"), clock);
        try (AppServices s = AppServices.of(folder, DatabaseConfig.of(folder).open(), clock)) {
            assertThat(s.counter().organisation().name()).isEqualTo("Riverbend City Council");
        }
    }

    private static FirstRun.OrganisationForm form(String abn) {
        return new FirstRun.OrganisationForm("Riverbend City Council", abn, "1 Civic Place, Riverbend VIC 3999",
                ZoneId.of("Australia/Melbourne"), "CD01", "9100", "Pat Admin", "4826");
    }

    @Test
    void aPcThatNamesNoSiteDatabaseIsRefused() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("own")).create();

        Run run = siteInit(folder, demoFees());

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("site init prepares a site's PostgreSQL database, and this PC names none");
        assertThat(Files.exists(folder.database().resolve("counterdesk.mv.db"))).isFalse();
    }

    private Run siteInit(DataFolder folder, Path fees) {
        List<String> args = new ArrayList<>(List.of("site", "init", "--name", "Riverbend City Council", "--abn", ABN,
                "--address", "1 Civic Place, Riverbend VIC 3999", "--admin-number", "9100", "--admin-name", "Pat Admin",
                "--fees", fees.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args.toArray(String[]::new), folder, MutableClock.melbourneMorning(), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }

    private Path demoFees() throws Exception {
        Path file = dir.resolve("fees.json");
        try (InputStream in = FirstRun.class.getResourceAsStream("/org/counterdesk/setup/demo-fee-schedule.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static void point(DataFolder folder, SiteSettings site) throws Exception {
        Properties p = new Properties();
        p.setProperty("db.url", site.url());
        p.setProperty("db.user", site.user());
        p.setProperty("db.password-file", site.passwordFile().toString());
        try (Writer w = Files.newBufferedWriter(folder.root().resolve(DatabaseConfig.FILE_NAME), StandardCharsets.UTF_8)) {
            p.store(w, "a site PC");
        }
    }
}
