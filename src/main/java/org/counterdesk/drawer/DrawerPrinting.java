package org.counterdesk.drawer;

import java.nio.file.Path;
import java.time.Instant;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;

/**
 * Makes the drawer room's documents (the X and Z reports of a session, petty cash vouchers),
 * keeps each under {@code documents/drawer} or {@code documents/petty-cash} by business date,
 * and prints it on the configured paper. A printer failure leaves the file kept and throws a
 * {@link NotPrintedException}. Every X report is journaled before it is made, since it shows
 * the cash a drawer should hold.
 */
public record DrawerPrinting(PrintParts parts, SessionReports reports) {

    static final String X_EVENT = "X_REPORT_PRINTED";

    /**
     * Prints a mid-shift (X) report of an open session, for its own cashier or a supervisor:
     * journals it, then makes, keeps and prints it ({@code CD01-1-7-X-2.pdf} is session 7's second).
     */
    public Path printX(Actor actor, long sessionId) {
        DrawerSession s = session(sessionId);
        if (s.cashierId() != actor.staff().id() && !actor.staff().has(Role.SUPERVISOR)) {
            throw new Refused("Only the drawer's cashier or a supervisor can print its X report.");
        }
        if (s.state() != SessionState.OPEN) {
            throw new Refused("Drawer " + s.drawerCode() + " is being closed or is closed: print its Z report instead.");
        }
        // Journal first: an X report must never exist that the journal does not know about.
        int number = parts.jdbi().inTransaction(h -> {
            int earlier = parts.journal().count(h, X_EVENT, "drawer_session", Long.toString(sessionId));
            parts.journal().append(h, JournalEvent.of(X_EVENT, actor.staffNumber(), actor.terminalCode(), "drawer_session",
                    sessionId).with("number", earlier + 1));
            return earlier + 1;
        });
        SessionReport r = reports.report(sessionId);
        Instant now = parts.counter().clock().instant();
        ReceiptLayout layout = parts.output().layout();
        Path file = sessionFile(s, "X-" + number);
        return parts.output().keepAndPrint("the X report", file, s.drawerCode() + " session " + s.id() + " X " + number,
                doc -> new SessionReportPdf(parts.counter().organisation(), parts.counter().demo()).drawX(doc, r, layout, now, number));
    }

    /** Prints the close (Z) report of a closed session; refused while it is open or waiting for a decision. */
    public Path printZ(long sessionId) {
        SessionReport r = reports.report(sessionId);
        DrawerSession s = r.session();
        if (s.state() == SessionState.CLOSED && r.close().isEmpty()) {
            throw new Refused("Session " + s.id() + " of drawer " + s.drawerCode() + " was never counted (it is from "
                    + "before counted sessions), so it has no Z report.");
        }
        if (s.state() != SessionState.CLOSED) {
            throw new Refused("Drawer " + s.drawerCode() + " (session " + s.id() + ") is not closed yet: its Z report "
                    + "prints once it is.");
        }
        Instant now = parts.counter().clock().instant();
        ReceiptLayout layout = parts.output().layout();
        return parts.output().keepAndPrint("the Z report", sessionFile(s, "Z"), s.drawerCode() + " session " + s.id() + " Z",
                doc -> new SessionReportPdf(parts.counter().organisation(), parts.counter().demo()).drawZ(doc, r, layout, now));
    }

    /** Prints the voucher of a petty cash payment; refused for drops, top-ups and unknown movements. */
    public Path printVoucher(long movementId) {
        CashMovement m = reports.movement(movementId).filter(x -> x.kind() == MovementKind.PETTY_CASH)
                .orElseThrow(() -> new Refused("There is no petty cash payment " + movementId + " to print a voucher for."));
        DrawerSession s = session(m.sessionId());
        ReceiptLayout layout = parts.output().layout();
        Path file = parts.output().dayFolder("petty-cash", s.businessDate()).resolve(m.voucherNo() + ".pdf");
        return parts.output().keepAndPrint("the petty cash voucher", file, m.voucherNo(),
                doc -> new PettyCashVoucherPdf(parts.counter().organisation(), parts.counter().demo()).draw(doc, m, s, layout));
    }

    private DrawerSession session(long sessionId) {
        return parts.jdbi().withHandle(h -> new DrawerDao(h).session(sessionId))
                .orElseThrow(() -> new Refused("There is no drawer session " + sessionId + "."));
    }

    private Path sessionFile(DrawerSession s, String suffix) {
        return parts.output().dayFolder("drawer", s.businessDate()).resolve(s.drawerCode() + "-" + s.id() + "-" + suffix + ".pdf");
    }
}
