package org.counterdesk.drawer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Staff;
import org.counterdesk.store.DocSequences;

/**
 * Cash out of and into an open drawer: petty cash against a docket (supervisor approves),
 * drops to the safe and float top-ups by denomination (supervisor witnesses), and "no sale"
 * openings. Every dollar that moves has its own record and journal entry.
 */
public record CashMovements(RecordParts parts) {

    public DrawerSettings settings() {
        return parts.database().jdbi().withHandle(DrawerSettings::read);
    }

    public CashMovement pettyCash(Actor actor, PettyCashClaim claim, SessionOpening.Approval approval) {
        claim.check(settings().pettyCashLimit());
        DrawerSession session = openSession(actor);
        requireCash(session, claim.amount());
        Staff supervisor = parts.staff().approve(approval.staffNumber(), approval.pin(), actor, Set.of(), "petty cash claim");
        return record(actor, session, MovementKind.PETTY_CASH, claim.amount(), supervisor, null, claim);
    }

    public CashMovement drop(Actor actor, CashCount notesAndCoins, SessionOpening.Approval witness) {
        return counted(actor, MovementKind.DROP, notesAndCoins, witness, "cash drop");
    }

    public CashMovement topUp(Actor actor, CashCount notesAndCoins, SessionOpening.Approval witness) {
        return counted(actor, MovementKind.TOP_UP, notesAndCoins, witness, "float top-up");
    }

    /** A drop or top-up: counted notes and coins, witnessed; cash taken out must be in the drawer. */
    private CashMovement counted(Actor actor, MovementKind kind, CashCount notesAndCoins, SessionOpening.Approval witness,
                                 String what) {
        DrawerSession session = openSession(actor);
        requirePositive(notesAndCoins);
        if (kind.sign() < 0) {
            requireCash(session, notesAndCoins.total());
        }
        Staff supervisor = parts.staff().approve(witness.staffNumber(), witness.pin(), actor, Set.of(), what);
        return record(actor, session, kind, notesAndCoins.total(), supervisor, notesAndCoins, null);
    }

    /** Records a "no sale" opening of the drawer in the journal, with the reason. */
    public void noSale(Actor actor, String reason) {
        DrawerSession session = openSession(actor);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 200) {
            throw new Refused("reason", "Say why the drawer is being opened (3 to 200 characters).");
        }
        parts.database().jdbi().useTransaction(h -> parts.ledger().append(h, JournalEvent.of("NO_SALE", actor.staffNumber(),
                actor.terminalCode(), "drawer_session", session.id()).with("reason", why)));
    }

    private DrawerSession openSession(Actor actor) {
        DrawerSession s = parts.database().jdbi().withHandle(h -> DrawerSessions.current(h, actor.staff().id())).orElse(null);
        if (s == null || s.state() != SessionState.OPEN) {
            throw new Refused("Your drawer is not open: open it (F11) before moving cash in or out.");
        }
        return s;
    }

    private void requireCash(DrawerSession session, Money amount) {
        Money expected = parts.database().jdbi().withHandle(h -> new FiguresDao(h).figures(session.id())).expectedCash();
        if (amount.greaterThan(expected)) {
            throw new Refused("amount", "The drawer should hold only " + expected.format() + " in cash: "
                    + amount.format() + " cannot come out of it.");
        }
    }

    private static void requirePositive(CashCount count) {
        if (count.isEmpty()) {
            throw new Refused("count", "Enter the notes and coins by denomination.");
        }
    }

    private CashMovement record(Actor actor, DrawerSession session, MovementKind kind, Money amount, Staff approver,
                                CashCount pieces, PettyCashClaim claim) {
        long id = parts.ledger().write("record the cash movement; nothing was saved", h -> {
            Instant now = parts.clock().instant().truncatedTo(ChronoUnit.MILLIS);
            Long countId = pieces == null ? null
                    : new CountDao(h).insert(session.id(), kind.name(), actor.staff().id(), now, pieces, null);
            Long number = null;
            String voucher = null;
            if (kind == MovementKind.PETTY_CASH) {
                number = DocSequences.next(h, actor.terminalCode(), "PETTY_CASH");
                voucher = actor.terminalCode() + "-P" + String.format("%04d", number);
            }
            long movementId = new MovementDao(h).insert(new MovementDao.NewMovement(session.id(), kind, number, voucher,
                    amount, now, actor.staff().id(), approver.id(), countId, claim == null ? null : claim.claimant().strip(),
                    claim == null ? null : claim.purpose().strip(), claim == null ? null : claim.glAccount().strip(),
                    claim == null ? null : claim.docketRef().strip()));
            parts.ledger().seal(h, SealSpecs.CASH_MOVEMENT, movementId,
                    JournalEvent.of(kind.name(), actor.staffNumber(), actor.terminalCode(), "cash_movement",
                            movementId)
                    .with("session", session.id()).with("amount", amount.cents())
                    .with("approvedBy", approver.staffNumber()).with("voucher", voucher == null ? "" : voucher));
            return movementId;
        });
        return parts.database().jdbi().withHandle(h -> new MovementDao(h).byId(id)).orElseThrow();
    }
}
