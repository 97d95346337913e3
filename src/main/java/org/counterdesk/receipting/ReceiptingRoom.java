package org.counterdesk.receipting;

import java.time.Clock;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * The receipting room wires itself: posting, the receipt book, voids, mail batches and their
 * documents, built once from the shared parts and the drawer sessions the money goes into.
 */
public final class ReceiptingRoom {

    private final ReceiptPoster poster;
    private final ReceiptBook receipts;
    private final VoidService voids;
    private final MailBatches mailBatches;
    private final ReceiptPrinting printing;

    public ReceiptingRoom(Database database, CounterSetup counter, StaffService staff, DrawerSessions sessions,
                          Journal journal, Clock clock, DocumentOutput output) {
        Jdbi jdbi = database.jdbi();
        this.poster = new ReceiptPoster(database, counter, sessions, journal, clock);
        this.receipts = new ReceiptBook(jdbi, counter, journal);
        this.voids = new VoidService(database, counter, staff, sessions, journal, clock);
        this.mailBatches = new MailBatches(database, counter, sessions, journal, clock);
        this.printing = new ReceiptPrinting(counter, receipts, mailBatches, output);
    }

    public ReceiptPoster poster() {
        return poster;
    }

    public ReceiptBook receipts() {
        return receipts;
    }

    public VoidService voids() {
        return voids;
    }

    public MailBatches mailBatches() {
        return mailBatches;
    }

    public ReceiptPrinting printing() {
        return printing;
    }
}
