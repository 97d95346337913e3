package org.counterdesk.receipting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Staff;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.Database;

/**
 * Voids a whole receipt the same day, while its drawer session is open, with a supervisor's
 * approval and a reason. The void is a new record that reverses the receipt; the receipt row
 * is never touched.
 */
public record VoidService(Database database, CounterSetup counter, StaffService staff, DrawerSessions sessions,
                          Ledger ledger, Clock clock) {

    public VoidService(Database database, CounterSetup counter, StaffService staff, DrawerSessions sessions,
                       Journal journal, Clock clock) {
        this(database, counter, staff, sessions, new Ledger(database, journal), clock);
    }

    /** What a void needs besides the receipt: who approves, why, and the EFTPOS refund reference if any. */
    public record Request(String receiptNo, String supervisorNumber, String supervisorPin, String reason,
                          String refundReference) {
    }

    /** Checks everything that does not need the supervisor, so the screen can say so before asking for a PIN. */
    public Receipt checkVoidable(Actor actor, String receiptNo) {
        Receipt r = database.jdbi().withHandle(h -> new ReceiptDao(h).byNumber(receiptNo == null ? "" : receiptNo.strip()))
                .orElseThrow(() -> new Refused("receiptNo", "There is no receipt " + receiptNo + "."));
        if (r.isVoided()) {
            throw new Refused("receiptNo", "Receipt " + r.receiptNo() + " was already voided by "
                    + r.voided().get().voidNo() + ".");
        }
        if (!r.terminalCode().equals(actor.terminalCode())) {
            throw new Refused("receiptNo", "Receipt " + r.receiptNo() + " was issued at terminal " + r.terminalCode()
                    + ": void it there.");
        }
        LocalDate today = counter.businessDate();
        boolean open = database.jdbi().withHandle(h -> sessions.voidable(h, r.sessionId(), today));
        if (!r.businessDate().equals(today) || !open) {
            throw new Refused("receiptNo", "Receipt " + r.receiptNo() + " is from " + r.businessDate()
                    + " and its drawer has been counted or closed: a supervisor must correct it with a reversal instead.");
        }
        return r;
    }

    public VoidRecord voidReceipt(Actor actor, Request request) {
        Receipt receipt = checkVoidable(actor, request.receiptNo());
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.length() < 3 || reason.length() > 200) {
            throw new Refused("reason", "Give the reason for the void (3 to 200 characters).");
        }
        String refund = request.refundReference() == null ? "" : request.refundReference().strip();
        if (receipt.hasEftpos() && refund.isEmpty()) {
            throw new Refused("refundReference", "This receipt was paid by EFTPOS: refund it on the EFTPOS terminal "
                    + "and enter the refund reference.");
        }
        Staff supervisor = staff.approve(request.supervisorNumber(), request.supervisorPin(), actor,
                Set.of(receipt.cashierId()), "void");
        long voidId = ledger.write("record the void; nothing was saved", h -> {
            if (VoidDao.forReceipt(h, receipt.id(), receipt.receiptNo()).isPresent()) {
                throw new Refused("receiptNo", "Receipt " + receipt.receiptNo() + " was voided a moment ago.");
            }
            var no = DocumentNumbers.VOID.next(h, actor.terminalCode());
            long id = VoidDao.insert(h, new VoidDao.NewVoid(actor.terminal().id(), no.number(), no.text(), receipt.id(),
                    receipt.sessionId(), actor.staff().id(), supervisor.id(), counter.businessDate(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), reason, refund.isEmpty() ? null : refund));
            ledger.seal(h, SealSpecs.VOID, id, JournalEvent.of("RECEIPT_VOIDED", actor.staffNumber(),
                            actor.terminalCode(), "receipt", receipt.receiptNo())
                    .with("void", no.text()).with("approvedBy", supervisor.staffNumber())
                    .with("total", receipt.total().cents()).with("reason", reason));
            return id;
        });
        return database.jdbi().withHandle(h -> new ReceiptDao(h).byId(receipt.id())).orElseThrow().voided()
                .filter(v -> v.id() == voidId).orElseThrow();
    }
}
