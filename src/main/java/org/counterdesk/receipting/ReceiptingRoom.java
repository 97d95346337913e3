package org.counterdesk.receipting;

import java.time.Clock;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.Database;

/**
 * The receipting room wires itself: posting, the receipt book, voids, mail batches and their
 * documents, built once from the shared parts and the drawer sessions the money goes into.
 */
public record ReceiptingRoom(ReceiptPoster poster, ReceiptBook receipts, VoidService voids, MailBatches mailBatches,
                             ReceiptPrinting printing) {

    /** The room built from the shared parts. */
    public static ReceiptingRoom of(Database database, CounterSetup counter, StaffService staff, DrawerSessions sessions,
                                    Journal journal, Clock clock, DocumentOutput output) {
        ReceiptBook receipts = new ReceiptBook(database.jdbi(), counter, journal);
        MailBatches mailBatches = new MailBatches(database, counter, sessions, journal, clock);
        return new ReceiptingRoom(new ReceiptPoster(database, counter, sessions, journal, clock), receipts,
                new VoidService(database, counter, staff, sessions, journal, clock), mailBatches,
                new ReceiptPrinting(counter, receipts, mailBatches, output));
    }
}
