package org.counterdesk.testing;

import java.nio.file.Path;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.store.SettingDao;
import org.counterdesk.store.SiteSettings;

/**
 * Two PCs of one site on a shared PostgreSQL database, for front desk tests: the first has the
 * demo loaded, the second joins as another terminal of the same site with its own connection.
 * Until a PC keeps its own terminal code (the {@code terminals} work of issue 13), the shared
 * {@code terminal.code} setting names the first terminal, so the second PC's counter is read
 * once while the setting names it, then the setting is put back (a counter keeps what it read).
 */
public final class SiteTerminals {

    private SiteTerminals() {
    }

    /** A PC on the site database {@code site}, in the data folder {@code dir}, with a connection pool of its own. */
    public static TestCounter pc(SiteSettings site, Path dir) throws Exception {
        Store.point(dir, site);
        return TestCounter.open(dir, Store.POSTGRESQL);
    }

    /** Makes {@code pc} the site's terminal {@code code} (added to the site, named after it). */
    public static Terminal join(TestCounter pc, String code) {
        var jdbi = pc.services.database().jdbi();
        String first = jdbi.withHandle(h -> new SettingDao(h).get(CounterSetup.TERMINAL_SETTING)).orElseThrow();
        jdbi.useHandle(h -> {
            OrganisationDao dao = new OrganisationDao(h);
            Terminal existing = dao.terminal(first).orElseThrow();
            dao.addTerminal(code, "Counter " + code, existing.site(), pc.clock.instant());
            new SettingDao(h).put(CounterSetup.TERMINAL_SETTING, code);
        });
        try {
            pc.services.counter().reload();
            return pc.services.counter().terminal();
        } finally {
            jdbi.useHandle(h -> new SettingDao(h).put(CounterSetup.TERMINAL_SETTING, first));
        }
    }
}
