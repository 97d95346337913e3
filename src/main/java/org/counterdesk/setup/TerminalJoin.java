package org.counterdesk.setup;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import org.counterdesk.drawer.DrawerDao;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.organisation.TerminalJoining;
import org.counterdesk.store.Database;
import org.counterdesk.store.DocSequences;

/**
 * A PC joins the site as a new counter the first time it starts with a terminal code the site
 * does not have: the terminal, a drawer of its own ({@code CODE-1}, the default float), its
 * number counters, and a {@code TERMINAL_JOINED} entry opening its journal chain, in one write.
 *
 * <p>Automatic, not an administrator's action in the app, because the IT officer has already
 * decided: only someone who can set the PC's code and give it the site's database password file
 * (both root-owned settings on the PC) can make it a counter, and an extra sign-in on a PC that
 * cannot start yet would add a step without adding a check. What a council IT officer expects in
 * return is a record: the entry names the code and the PC's host name, {@code verify} lists the
 * new chain, and the administrator sees the terminal and its drawer in the app at once.
 */
public final class TerminalJoin implements TerminalJoining {

    /** Who the journal names for the join: no one is signed in yet. */
    static final String ACTOR = "SETUP";
    /** The per-terminal number counters, made when a terminal is made so their first use never races. */
    static final String[] COUNTERS = {"RECEIPT", "VOID", "CLOSURE"};

    private final Ledger ledger;
    private final Journal journal;
    private final Clock clock;

    public TerminalJoin(Database database, Journal journal, Clock clock) {
        this.ledger = new Ledger(database, journal);
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void join(String code, Organisation organisation) {
        ledger.write("add this PC to the site as terminal " + code + "; nothing was saved", h -> {
            OrganisationDao dao = new OrganisationDao(h);
            if (dao.terminal(code).isPresent()) {
                return null;
            }
            long id = dao.addTerminal(code, "Counter " + code, organisation.name(), clock.instant());
            String drawer = code + "-1";
            new DrawerDao(h).addDrawer(id, drawer, "Drawer 1", FirstRun.DEFAULT_FLOAT);
            for (String kind : COUNTERS) {
                DocSequences.ensure(h, code, kind);
            }
            // The site's deposit counter too: two PCs' first deposits then wait on its row, never race to make it.
            DocSequences.ensure(h, "SITE", "DEPOSIT");
            journal.prepareChain(h, code);
            return ledger.append(h, JournalEvent.of("TERMINAL_JOINED", ACTOR, code, "terminal", code)
                    .with("drawer", drawer).with("pc", hostName()));
        });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
