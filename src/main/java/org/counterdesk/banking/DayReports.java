package org.counterdesk.banking;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.print.DocumentFiles;
import org.counterdesk.store.Database;

/**
 * The day report of a closed business day written to a file of the administrator's choosing
 * (written safely: see {@link DocumentFiles}) and journaled. Only a closed day has one: its
 * figures are final and its grand total and chain head are recorded; an open day is refused
 * rather than printed as a preview that could be mistaken for the real report.
 */
public final class DayReports {

    private final Database database;
    private final CounterSetup counter;
    private final DayClosures closures;
    private final Journal journal;
    private final Clock clock;

    public DayReports(Database database, CounterSetup counter, DayClosures closures, Journal journal, Clock clock) {
        this.database = database;
        this.counter = counter;
        this.closures = closures;
        this.journal = journal;
        this.clock = clock;
    }

    /** Writes the day report of this terminal's business day {@code date} as {@code target}. */
    public DayClosure write(LocalDate date, Path target, String actor) {
        Terminal terminal = counter.terminal();
        long id = database.jdbi().withHandle(h -> new DayClosureDao(h).idOn(terminal.id(), date))
                .orElseThrow(() -> new Refused("The business day " + date + " is not closed at terminal "
                        + terminal.code() + ": a day report exists only for a closed day (close it in Banking, F6)."));
        DayClosure z = closures.get(id);
        try (PDDocument doc = new PDDocument()) {
            new DayReportPdf(counter.organisation(), counter.demo()).draw(doc, z, terminal,
                    DayReportLists.read(database.jdbi(), z, terminal.id()), clock.instant(), DayReportPdf.copyBanner(0));
            DocumentFiles.save(doc, target);
        } catch (IOException e) {
            throw new IllegalStateException("could not lay out the day report " + z.closureNo(), e);
        }
        database.jdbi().useTransaction(h -> journal.append(h, JournalEvent.of("DAY_REPORT_WRITTEN", actor,
                terminal.code(), "day_closure", z.closureNo()).with("file", target.toAbsolutePath().toString())));
        database.forceToDisk();
        return z;
    }
}
