package org.counterdesk.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.counterdesk.common.Refused;
import org.jdbi.v3.core.Jdbi;

/**
 * What this counter PC is: the organisation it serves, the terminal it is, whether it runs on
 * demo data, and today's business date in the organisation's time zone. Read once after setup;
 * call {@link #reload()} after a change.
 *
 * <p>The terminal is the code set on the PC ({@code COUNTERDESK_TERMINAL}, or {@code terminal=} in
 * the data folder's {@code counterdesk.properties}) when there is one: that is how each PC of a
 * site is a counter of its own. With none set, it is the terminal made at first run (a PC's own
 * database has just that one). A code the site does not have yet joins it ({@link TerminalJoining}).
 */
public final class CounterSetup {

    public static final String TERMINAL_SETTING = "terminal.code";
    public static final String DEMO_SETTING = "demo";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Optional<String> pcTerminal;
    private final TerminalJoining joining;
    private volatile Snapshot snapshot;

    private record Snapshot(Organisation organisation, Terminal terminal, boolean demo, LocalDate lastClosedDay) {
    }

    public CounterSetup(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, Optional.empty(), TerminalJoining.NONE);
    }

    /** As a PC whose own terminal code is {@code pcTerminal} (if set), joining the site with {@code joining}. */
    public CounterSetup(Jdbi jdbi, Clock clock, Optional<String> pcTerminal, TerminalJoining joining) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.pcTerminal = pcTerminal.map(c -> c.strip().toUpperCase(java.util.Locale.ROOT));
        this.joining = joining;
        this.pcTerminal.ifPresent(c -> Refused.unless(Terminal.validCode(c), "The terminal code '" + c + "' set for "
                + "this PC (COUNTERDESK_TERMINAL, or terminal= in counterdesk.properties) is not a terminal code: 2 to "
                + "8 capital letters or digits, starting with a letter (like CD02)."));
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
        Optional<Snapshot> loaded = read();
        if (loaded.isEmpty() && pcTerminal.isPresent()) {
            Optional<Organisation> org = jdbi.withHandle(h -> new OrganisationDao(h).current());
            if (org.isPresent()) {
                joinOnce(pcTerminal.get(), org.get());
                loaded = read();
            }
        }
        loaded.ifPresent(v -> snapshot = v);
        return loaded;
    }

    /** Joins the site; when another PC with the same code joined it at the same moment, theirs stands. */
    private void joinOnce(String code, Organisation org) {
        try {
            joining.join(code, org);
        } catch (RuntimeException e) {
            if (jdbi.withHandle(h -> new OrganisationDao(h).terminal(code)).isEmpty()) {
                throw e;
            }
        }
    }

    /** The snapshot, if the organisation is set up and this PC's terminal is one of its terminals. */
    private Optional<Snapshot> read() {
        return jdbi.withHandle(h -> {
            OrganisationDao dao = new OrganisationDao(h);
            Optional<String> code = pcTerminal.or(() -> dao.setting(TERMINAL_SETTING));
            Optional<Organisation> org = dao.current();
            if (code.isEmpty() || org.isEmpty() || dao.setting(TERMINAL_SETTING).isEmpty()) {
                return Optional.<Snapshot>empty();
            }
            Optional<Terminal> found = dao.terminal(code.get());
            if (found.isEmpty()) {
                return Optional.<Snapshot>empty();
            }
            Terminal terminal = found.get();
            boolean demo = dao.setting(DEMO_SETTING).map(Boolean::parseBoolean).orElse(false);
            return Optional.of(new Snapshot(org.get(), terminal, demo, dao.lastClosedDay(terminal.id()).orElse(null)));
        });
    }
}
