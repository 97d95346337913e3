package org.counterdesk.banking;

import java.nio.file.Path;
import java.time.LocalDate;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.store.Database;

/**
 * The day report of a closed business day written to a file of the administrator's choosing
 * (made as the counter makes it: see {@link DayReportDocument}) and journaled. Only a closed day has one: its
 * figures are final and its grand total and chain head are recorded; an open day is refused
 * rather than printed as a preview that could be mistaken for the real report.
 */
public record DayReports(Database database, CounterSetup counter, DayClosures closures, Journal journal) {

    /** Writes the day report of this terminal's business day {@code date} as {@code target}. */
    public DayClosure write(LocalDate date, Path target, String actor) {
        Terminal terminal = counter.terminal();
        long id = database.jdbi().withHandle(h -> new DayClosureDao(h).idOn(terminal.id(), date))
                .orElseThrow(() -> new Refused("The business day " + date + " is not closed at terminal "
                        + terminal.code() + ": a day report exists only for a closed day (close it in Banking, F6)."));
        DayClosure z = new DayReportDocument(counter, closures, database.jdbi()).write(id, target, DayReportPdf.copyBanner(0));
        database.jdbi().useTransaction(h -> journal.append(h, JournalEvent.of("DAY_REPORT_WRITTEN", actor,
                terminal.code(), "day_closure", z.closureNo()).with("file", target.toAbsolutePath().toString())));
        database.forceToDisk();
        return z;
    }
}
