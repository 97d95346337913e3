package org.counterdesk.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What this counter PC is: the organisation it serves, the terminal it is, whether it runs on
 * demo data, and today's business date in the organisation's time zone. Read once after setup;
 * call {@link #reload()} after a change.
 */
public final class CounterSetup {

    public static final String TERMINAL_SETTING = "terminal.code";
    public static final String DEMO_SETTING = "demo";

    private final Jdbi jdbi;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(Organisation organisation, Terminal terminal, boolean demo, LocalDate lastClosedDay) {
    }

    public CounterSetup(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** True once a first-run setup (demo or real) has been completed on this database. */
    public boolean isSetUp() {
        return load().isPresent();
    }

    public void reload() {
        snapshot = null;
    }

    public Organisation organisation() {
        return snapshot().organisation();
    }

    public Terminal terminal() {
        return snapshot().terminal();
    }

    public boolean demo() {
        return snapshot().demo();
    }

    public Clock clock() {
        return clock;
    }

    /** Now, in the organisation's time zone. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(organisation().timeZone()));
    }

    /**
     * The front desk's date: the calendar date where the organisation is. Visitors, deliveries
     * and enquiries live by the calendar, so closing the cashiers' day never moves them on.
     */
    public LocalDate deskDate() {
        return now().toLocalDate();
    }

    /**
     * The business date (cashiering only: receipts, drawers, banking): the local date where the organisation is, or the day after this
     * terminal's last closed day when that day has already been closed.
     */
    public LocalDate businessDate() {
        LocalDate today = deskDate();
        LocalDate closed = snapshot().lastClosedDay();
        return closed != null && !closed.isBefore(today) ? closed.plusDays(1) : today;
    }

    private Snapshot snapshot() {
        return load().orElseThrow(() -> new IllegalStateException("Counterdesk has not been set up yet"));
    }

    private Optional<Snapshot> load() {
        Snapshot s = snapshot;
        if (s != null) {
            return Optional.of(s);
        }
        Optional<Snapshot> loaded = jdbi.withHandle(h -> {
            OrganisationDao dao = new OrganisationDao(h);
            Optional<String> code = dao.setting(TERMINAL_SETTING);
            Optional<Organisation> org = dao.current();
            if (code.isEmpty() || org.isEmpty()) {
                return Optional.<Snapshot>empty();
            }
            Terminal terminal = dao.terminal(code.get()).orElseThrow();
            boolean demo = dao.setting(DEMO_SETTING).map(Boolean::parseBoolean).orElse(false);
            return Optional.of(new Snapshot(org.get(), terminal, demo, dao.lastClosedDay(terminal.id()).orElse(null)));
        });
        loaded.ifPresent(v -> snapshot = v);
        return loaded;
    }
}
