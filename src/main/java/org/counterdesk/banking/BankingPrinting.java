package org.counterdesk.banking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.PrintParts;
import org.counterdesk.drawer.SessionClose;
import org.counterdesk.drawer.SessionReport;
import org.counterdesk.drawer.SessionReports;
import org.counterdesk.drawer.SessionTakings;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptBook;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.HandleCallback;

/**
 * Makes the banking room's documents, always on A4: the deposit advice with its banking
 * summary page, the day report of a closed day, and the notice to a payer whose cheque was
 * dishonoured. Each is kept under {@code documents/banking}, {@code documents/day-closures} or
 * {@code documents/dishonours} by business date, then printed; a printer failure leaves the
 * file kept and throws a {@link NotPrintedException}.
 */
public record BankingPrinting(PrintParts parts, Banking banking, DayClosures dayClosures, Dishonours dishonours,
                              SessionReports sessionReports, ReceiptBook receipts) {

    /** Prints the deposit advice of a deposit ({@code banking/2026-11-23/DEP-000001.pdf}). */
    public Path printDepositAdvice(long depositId) {
        return depositAdvice(depositId, 0);
    }

    /**
     * Prints the deposit advice again, marked COPY and numbered ({@code DEP-000001-copy1.pdf}),
     * for a slip lost or spoilt. Journaled first: no copy exists that the journal does not know of.
     */
    public Path reprintDepositAdvice(Actor actor, long depositId) {
        return depositAdvice(depositId, journalCopy(actor, "DEPOSIT_ADVICE_REPRINTED", "deposit",
                banking().detail(depositId).deposit().depositNo()));
    }

    private Path depositAdvice(long depositId, int copy) {
        DepositDetail detail = banking().detail(depositId);
        Deposit d = detail.deposit();
        DepositPapers papers = new DepositPapers(detail, terminal(h -> new TerminalOfDao(h).ofDeposit(depositId)),
                sessionLines(detail.contents().sessions()));
        Path file = parts.output().dayFolder("banking", d.businessDate()).resolve(copyName(d.depositNo(), copy) + ".pdf");
        return parts.output().keepAndPrint("the deposit advice", file, copyTitle(d.depositNo(), copy),
                doc -> new DepositAdvicePdf(parts.counter().organisation(), parts.counter().demo())
                        .draw(doc, papers, parts.counter().clock().instant(), copy));
    }

    /** Prints the day report of a day closure ({@code day-closures/2026-11-23/CD01-Z0001.pdf}). */
    public Path printDayReport(long closureId) {
        return dayReport(closureId, 0);
    }

    /** Prints the day report again, marked COPY and numbered ({@code CD01-Z0001-copy1.pdf}); journaled first. */
    public Path reprintDayReport(Actor actor, long closureId) {
        return dayReport(closureId, journalCopy(actor, "DAY_REPORT_REPRINTED", "day_closure",
                dayClosures().get(closureId).closureNo()));
    }

    private Path dayReport(long closureId, int copy) {
        DayClosure z = dayClosures().get(closureId);
        Path file = parts.output().dayFolder("day-closures", z.figures().date()).resolve(copyName(z.closureNo(), copy) + ".pdf");
        new DayReportDocument(parts.counter(), dayClosures(), parts.jdbi()).write(closureId, file, copy == 0 ? null : DayReportPdf.copyBanner(copy));
        return parts.output().print("the day report", file, copyTitle(z.closureNo(), copy));
    }

    /** Prints the notice to the payer of a dishonoured cheque ({@code dishonours/2026-11-24/CD01-R000001.pdf}). */
    public Path printDishonourNotice(long dishonourId) {
        Dishonour x = dishonours().get(dishonourId);
        Receipt receipt = receipts.byNumber(x.cheque().receiptNo()).orElse(null);
        Path file = parts.output().dayFolder("dishonours", x.businessDate()).resolve(x.reversalNo() + ".pdf");
        return parts.output().keepAndPrint("the dishonour notice", file, x.reversalNo(),
                doc -> new DishonourNoticePdf(parts.counter().organisation(), parts.counter().demo()).draw(doc, x, receipt));
    }

    /** Journals a reprint and returns its copy number: no copy exists that the journal does not know of. */
    private int journalCopy(Actor actor, String event, String subjectType, String subjectId) {
        return parts.jdbi().inTransaction(h -> {
            int copy = parts.journal().count(h, event, subjectType, subjectId) + 1;
            parts.journal().append(h, JournalEvent.of(event, actor.staffNumber(), actor.terminalCode(), subjectType, subjectId)
                    .with("copy", copy));
            return copy;
        });
    }

    private static String copyName(String documentNo, int copy) {
        return copy == 0 ? documentNo : documentNo + "-copy" + copy;
    }

    private static String copyTitle(String documentNo, int copy) {
        return copy == 0 ? documentNo : documentNo + " copy " + copy;
    }

    private List<DepositPapers.SessionLine> sessionLines(List<DrawerSession> sessions) {
        List<DepositPapers.SessionLine> lines = new ArrayList<>();
        for (DrawerSession s : sessions) {
            SessionTakings t = parts.jdbi().withHandle(h -> SessionTakings.of(h, s.id()));
            SessionReport r = sessionReports.report(s.id());
            SessionClose close = r.close().orElseThrow();
            lines.add(new DepositPapers.SessionLine(s, close.outcome(), close.decidedBy(),
                    t.cashToBank().total(), t.instruments(), t.eftpos(), t.variance()));
        }
        return lines;
    }

    /** The terminal a deposit or closure belongs to; the schema makes sure there is one. */
    private Terminal terminal(HandleCallback<Optional<Terminal>, RuntimeException> find) {
        return parts.jdbi().withHandle(find).orElseThrow();
    }
}
