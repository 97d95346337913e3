package org.counterdesk.banking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.RecordParts;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptBook;
import org.counterdesk.receipting.ReceiptLine;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.store.DocSequences;

/**
 * Records dishonoured cheques. A dishonour reverses the cheque's payment with a record of its
 * own (numbered {@code CD01-R000001}) linked to the receipt, which is never changed; it comes
 * off the receipt's lines in proportion (the last line takes the rounding) and shows in the
 * figures of the day it is recorded.
 */
public record Dishonours(RecordParts parts, ReceiptBook receipts) {

    /** Cheques by cheque number or receipt number. */
    public List<ChequeMatch> find(String chequeOrReceiptNo) {
        String q = chequeOrReceiptNo == null ? "" : chequeOrReceiptNo.strip();
        if (q.isEmpty()) {
            throw new Refused("search", "Type the cheque number or the receipt number.");
        }
        List<ChequeMatch> found = parts.database().jdbi().withHandle(h -> new DishonourDao(h).find(q));
        if (found.isEmpty()) {
            boolean receipt = parts.database().jdbi().withHandle(h -> new DishonourDao(h).receiptExists(q));
            throw new Refused("search", receipt ? "Receipt " + q + " was not paid by cheque: only cheques are dishonoured."
                    : "No cheque or receipt " + q + " was found.");
        }
        return found;
    }

    public Dishonour record(Actor actor, String receiptNo, int tenderLine, String bankNotice, LocalDate noticeDate,
                            Money bankFee) {
        actor.require(Role.SUPERVISOR, "record a dishonoured cheque");
        String notice = bankNotice == null ? "" : bankNotice.strip();
        if (notice.isEmpty() || notice.length() > 40) {
            throw new Refused("bankNotice", "Enter the bank's notice reference.");
        }
        if (noticeDate == null || noticeDate.isAfter(parts.counter().businessDate())) {
            throw new Refused("noticeDate", "Enter the date on the bank's notice (not in the future).");
        }
        if (bankFee == null || bankFee.isNegative()) {
            throw new Refused("bankFee", "Enter the bank's dishonour fee (0.00 if none).");
        }
        Receipt receipt = receipts.byNumber(receiptNo == null ? "" : receiptNo.strip())
                .orElseThrow(() -> new Refused("search", "There is no receipt " + receiptNo + "."));
        long id = parts.ledger().write("record the dishonoured cheque; nothing was saved", h -> {
            DishonourDao dao = new DishonourDao(h);
            ChequeMatch cheque = dao.cheque(receipt.receiptNo(), tenderLine).orElseThrow(() -> new Refused("search",
                    "Receipt " + receipt.receiptNo() + " was not paid by cheque: only cheques are dishonoured."));
            if (cheque.dishonouredBy() != null) {
                throw new Refused("search", "Cheque " + cheque.chequeNumber() + " was already dishonoured ("
                        + cheque.dishonouredBy() + ").");
            }
            if (!cheque.banked()) {
                throw new Refused("search", "Cheque " + cheque.chequeNumber() + " has not been banked yet.");
            }
            long number = DocSequences.next(h, actor.terminalCode(), "REVERSAL");
            String reversalNo = actor.terminalCode() + "-R" + String.format("%06d", number);
            long dishonourId = dao.insert(new DishonourDao.NewDishonour(actor.terminal().id(), number, reversalNo, cheque,
                    notice, noticeDate, bankFee, parts.counter().businessDate(), parts.clock().instant().truncatedTo(ChronoUnit.MILLIS),
                    actor.staff().id()), allocate(receipt, cheque.amount()));
            parts.ledger().seal(h, SealSpecs.DISHONOUR, dishonourId,
                    JournalEvent.of("CHEQUE_DISHONOURED", actor.staffNumber(), actor.terminalCode(), "receipt",
                            receipt.receiptNo())
                    .with("reversal", reversalNo).with("amount", cheque.amount().cents())
                    .with("bankFee", bankFee.cents()).with("bankNotice", notice));
            return dishonourId;
        });
        return get(id);
    }

    public Dishonour get(long id) {
        return parts.database().jdbi().withHandle(h -> new DishonourDao(h).byId(id))
                .orElseThrow(() -> new Refused("There is no such dishonour."));
    }

    /** Splits {@code amount} over the receipt's lines in proportion to their amounts; the last line takes the rest. */
    static List<Dishonour.Line> allocate(Receipt receipt, Money amount) {
        List<Dishonour.Line> lines = new ArrayList<>();
        long total = receipt.total().cents();
        long left = amount.cents();
        List<ReceiptLine> rl = receipt.lines();
        for (int i = 0; i < rl.size(); i++) {
            ReceiptLine l = rl.get(i);
            long share = i == rl.size() - 1 ? left : Math.floorDiv(Math.multiplyExact(amount.cents(), l.amount().cents()), total);
            left -= share;
            Money part = Money.ofCents(share);
            lines.add(new Dishonour.Line(l.lineNo(), l.feeCode(), l.gl(), l.taxCode().name(), part,
                    l.taxCode().gstIn(part)));
        }
        return lines;
    }
}
