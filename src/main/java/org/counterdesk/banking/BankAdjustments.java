package org.counterdesk.banking;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.RecordParts;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.Money;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;

/**
 * What the bank reported against a deposit (credited amount, the difference, why, its
 * reference) and, later and as a record of its own, how each difference was resolved. The
 * deposit is never changed; it shows as reconciled or with an open difference.
 */
public record BankAdjustments(RecordParts parts) {

    public Reconciliation record(Actor actor, long depositId, Money credited, String reason, String bankReference) {
        actor.require(Role.SUPERVISOR, "record a bank adjustment");
        String why = text(reason, "reason", "Say what the bank reported (3 to 200 characters).", 3, 200);
        String ref = text(bankReference, "bankReference", "Enter the bank's reference for it.", 1, 40);
        if (credited == null || credited.isNegative()) {
            throw new Refused("credited", "Enter the amount the bank credited.");
        }
        parts.ledger().write("record the bank adjustment; nothing was saved", h -> {
            Deposit d = new DepositDao(h).byId(depositId)
                    .orElseThrow(() -> new Refused("deposit", "There is no deposit " + depositId + "."));
            Money difference = credited.minus(d.total());
            long id = new AdjustmentDao(h).insert(depositId, parts.clock().instant().truncatedTo(ChronoUnit.MILLIS), actor.staff().id(),
                    credited, difference, why, ref);
            parts.ledger().seal(h, SealSpecs.BANK_ADJUSTMENT, id,
                    JournalEvent.of("BANK_ADJUSTMENT", actor.staffNumber(), actor.terminalCode(), "deposit",
                    d.depositNo()).with("credited", credited.cents()).with("difference", difference.cents())
                    .with("bankReference", ref));
            return id;
        });
        return reconciliation(depositId);
    }

    public Reconciliation resolve(Actor actor, long adjustmentId, Resolution resolution, String note) {
        actor.require(Role.SUPERVISOR, "resolve a bank adjustment");
        String how = text(note, "note", "Say how it was resolved (3 to 200 characters).", 3, 200);
        long depositId = parts.ledger().write("record the resolution; nothing was saved", h -> {
            AdjustmentDao dao = new AdjustmentDao(h);
            long deposit = dao.depositOf(adjustmentId)
                    .orElseThrow(() -> new Refused("There is no bank adjustment " + adjustmentId + "."));
            if (dao.resolved(adjustmentId)) {
                throw new Refused("That bank adjustment is already resolved.");
            }
            dao.resolve(adjustmentId, parts.clock().instant().truncatedTo(ChronoUnit.MILLIS), actor.staff().id(), resolution, how);
            parts.ledger().seal(h, SealSpecs.ADJUSTMENT_RESOLUTION, adjustmentId,
                    JournalEvent.of("BANK_ADJUSTMENT_RESOLVED", actor.staffNumber(), actor.terminalCode(),
                    "bank_adjustment", adjustmentId).with("resolution", resolution.name()));
            return deposit;
        });
        return reconciliation(depositId);
    }

    public Reconciliation reconciliation(long depositId) {
        return parts.database().jdbi().withHandle(h -> new AdjustmentDao(h).reconcile(new DepositDao(h).byId(depositId)
                .orElseThrow(() -> new Refused("deposit", "There is no deposit " + depositId + "."))));
    }

    public List<BankAdjustment> adjustments(long depositId) {
        return parts.database().jdbi().withHandle(h -> new AdjustmentDao(h).forDeposit(depositId));
    }

    /** Every deposit with what the bank credited and what is still open, newest first. */
    public List<Reconciliation> reconciliations() {
        return parts.database().jdbi().withHandle(h -> {
            AdjustmentDao dao = new AdjustmentDao(h);
            return new DepositDao(h).all().stream().map(dao::reconcile).toList();
        });
    }

    private static String text(String value, String field, String message, int min, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            throw new Refused(field, message);
        }
        return v;
    }
}
