package org.counterdesk.banking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.counterdesk.common.Counted;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.RecordParts;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.store.DocSequences;
import org.jdbi.v3.core.Handle;

/**
 * Closes a terminal's business days, oldest first, once every drawer of the day is closed and
 * banked. A closure is numbered without gaps, carries a grand total equal to the previous
 * closure's plus this period, and is journaled; its figures can never change. After a close,
 * receipting belongs to the next business date.
 */
public record DayClosures(RecordParts parts) {

    /** Days with activity at this terminal that have not been closed, oldest first. */
    public List<LocalDate> unclosedDays(Terminal terminal) {
        return parts.database().jdbi().withHandle(h -> new DayClosureDao(h).unclosedDates(terminal.id()));
    }

    /** Days before today's business date left unclosed: the next morning's warning. */
    public List<LocalDate> overdue(Terminal terminal) {
        LocalDate today = parts.counter().businessDate();
        return unclosedDays(terminal).stream().filter(d -> d.isBefore(today)).toList();
    }

    /** The figures a closure of {@code date} would record. */
    public DayFigures preview(Terminal terminal, LocalDate date) {
        return parts.database().jdbi().withHandle(h -> new DayFiguresDao(h, terminal.id(), date).figures());
    }

    public DayClosure close(Actor actor, LocalDate date) {
        actor.require(Role.SUPERVISOR, "close the day");
        long terminal = actor.terminal().id();
        DayClosure closure = parts.ledger().write("close the day; nothing was saved", h -> {
            checkClosable(h, terminal, date);
            DayClosureDao dao = new DayClosureDao(h);
            DayFigures f = new DayFiguresDao(h, terminal, date).figures();
            Money previous = dao.lastGrandTotal(terminal);
            Money grand = previous.plus(f.periodTotal());
            long number = DocSequences.next(h, actor.terminalCode(), "CLOSURE");
            String closureNo = actor.terminalCode() + "-Z" + String.format("%04d", number);
            Instant now = parts.clock().instant().truncatedTo(ChronoUnit.MILLIS);
            JournalEntry entry = parts.ledger().append(h, JournalEvent.of("DAY_CLOSED", actor.staffNumber(), actor.terminalCode(),
                            "day_closure", closureNo)
                    .with("businessDate", date.toString()).with("period", f.periodTotal().cents())
                    .with("previousGrandTotal", previous.cents()).with("grandTotal", grand.cents())
                    .with("receipts", f.receipts()).with("first", String.valueOf(f.firstReceiptNo()))
                    .with("last", String.valueOf(f.lastReceiptNo())));
            long id = dao.insert(terminal, number, closureNo, now, actor.staff().id(), f, previous, grand, entry.hash());
            parts.ledger().seal(h, SealSpecs.DAY_CLOSURE, id, JournalEvent.of("DAY_CLOSURE_SEALED", actor.staffNumber(),
                            actor.terminalCode(), "day_closure", closureNo)
                    .with("period", f.periodTotal().cents()).with("grandTotal", grand.cents()));
            return read(h, id);
        });
        parts.counter().reload();
        return closure;
    }

    public DayClosure get(long closureId) {
        return parts.database().jdbi().withHandle(h -> read(h, closureId));
    }

    /** The terminal's closures, newest first. */
    public List<DayClosure> closures(Terminal terminal) {
        return parts.database().jdbi().withHandle(h -> new DayClosureDao(h).ids(terminal.id()).stream().map(id -> read(h, id))
                .toList());
    }

    private void checkClosable(Handle h, long terminal, LocalDate date) {
        DayClosureDao dao = new DayClosureDao(h);
        if (dao.closed(terminal, date)) {
            throw new Refused("The business day " + date + " is already closed.");
        }
        if (date.isAfter(parts.counter().businessDate())) {
            throw new Refused("The business day " + date + " has not started yet.");
        }
        List<LocalDate> unclosed = dao.unclosedDates(terminal);
        if (!unclosed.isEmpty() && unclosed.get(0).isBefore(date)) {
            throw new Refused("Close " + unclosed.get(0) + " first: days are closed in order.");
        }
        int unfinished = dao.unfinishedSessions(terminal, date);
        if (unfinished > 0) {
            throw new Refused(Counted.of(unfinished, "drawer session", "drawer sessions") + " of " + date
                    + (unfinished == 1 ? " is" : " are") + " not closed and banked yet: "
                    + "close every drawer and bank it before closing the day.");
        }
    }

    /**
     * A closure with its figures as recorded; the splits by fee code and cashier (not stored) are
     * added up again from that day's receipts, which cannot change once the day is closed.
     */
    private static DayClosure read(Handle h, long id) {
        DayClosureDao dao = new DayClosureDao(h);
        LocalDate date = dao.dateOf(id).orElseThrow(() -> new Refused("There is no such day closure."));
        DayFigures live = new DayFiguresDao(h, dao.terminalOf(id).orElseThrow(), date).figures();
        DayClosureDao.Stored s = dao.byId(id, live.byFeeCode(), live.byCashier()).orElseThrow();
        return new DayClosure(s.id(), s.closureNo(), s.closedAt(), s.closedBy(), s.figures(), s.previous(), s.grand(),
                s.head());
    }
}
