package org.counterdesk.banking;

import java.nio.file.Path;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.print.DocumentFiles;
import org.jdbi.v3.core.Jdbi;

/**
 * The one way a day report becomes a file, whether the counter prints it when the day closes,
 * a supervisor reprints it, or an administrator writes it from the command line: the closure,
 * its terminal and its lists read the same way, laid out by {@link DayReportPdf} and written
 * safely by {@link DocumentFiles#render}.
 */
record DayReportDocument(CounterSetup counter, DayClosures closures, Jdbi jdbi) {

    /** Writes the day report of closure {@code closureId} as {@code file}; {@code banner} marks a copy (null: the original). */
    DayClosure write(long closureId, Path file, String banner) {
        DayClosure z = closures.get(closureId);
        // The schema makes sure every closure belongs to a terminal.
        Terminal terminal = jdbi.withHandle(h -> new TerminalOfDao(h).ofClosure(closureId)).orElseThrow();
        DayReportLists lists = DayReportLists.read(jdbi, z, terminal.id());
        DocumentFiles.render("the day report " + z.closureNo(), file, doc -> new DayReportPdf(counter.organisation(),
                counter.demo()).draw(doc, z, terminal, lists, counter.clock().instant(), banner));
        return z;
    }
}
