package org.counterdesk.receipting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.counterdesk.common.Refused;
import org.counterdesk.common.SafeText;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Abn;

/**
 * A receipt being keyed: lines, tenders and the payer. Immutable; each change gives a new
 * draft. {@link #checkReadyToPost()} applies every rule a posted receipt must meet.
 * {@code id} is made when the draft starts ({@link #empty()}) and kept through every change,
 * so posting the same draft twice (a retry after an unclear failure) gives the one receipt.
 */
public record ReceiptDraft(List<DraftLine> lines, List<Tender> tenders, String payerName, String payerAbn, UUID id) {

    public static final int MAX_LINES = 99;
    /** A tax invoice of this total or more must name the buyer (or carry their ABN). */
    public static final Money NAMED_BUYER_THRESHOLD = Money.ofDollars(1_000);

    public ReceiptDraft {
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
        Objects.requireNonNull(id, "a draft always has its id");
    }

    /** A new draft, with an id of its own. */
    public static ReceiptDraft empty() {
        return new ReceiptDraft(List.of(), List.of(), null, null, UUID.randomUUID());
    }

    public ReceiptDraft withLine(DraftLine line) {
        if (lines.size() >= MAX_LINES) {
            throw new Refused("fee", "A receipt can have at most " + MAX_LINES + " lines: post this one and start another.");
        }
        List<DraftLine> more = new ArrayList<>(lines);
        more.add(line);
        return new ReceiptDraft(more, tenders, payerName, payerAbn, id);
    }

    public ReceiptDraft withoutLine(int index) {
        return new ReceiptDraft(without(lines, index), tenders, payerName, payerAbn, id);
    }

    /** Adds a tender; a cash tender replaces any cash already keyed (there is one cash amount per receipt). */
    public ReceiptDraft withTender(Tender tender) {
        List<Tender> more = new ArrayList<>(tenders);
        if (tender.isCash()) {
            more.removeIf(Tender::isCash);
        }
        more.add(tender);
        return new ReceiptDraft(lines, more, payerName, payerAbn, id);
    }

    public ReceiptDraft withoutTender(int index) {
        return new ReceiptDraft(lines, without(tenders, index), payerName, payerAbn, id);
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> fewer = new ArrayList<>(list);
        fewer.remove(index);
        return fewer;
    }

    public ReceiptDraft withPayer(String name, String abn) {
        return new ReceiptDraft(lines, tenders, blankToNull(name), blankToNull(Abn.normalise(abn)), id);
    }

    public Money total() {
        return lines.stream().map(DraftLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money gst() {
        return lines.stream().map(DraftLine::gst).reduce(Money.ZERO, Money::plus);
    }

    /** True when any line is a taxable supply: the receipt is then a tax invoice. */
    public boolean taxInvoice() {
        return lines.stream().anyMatch(l -> l.fee().taxCode().taxable());
    }

    public Settlement settlement() {
        return Settlement.of(total(), tenders);
    }

    /** Refuses, with the first problem found, unless this draft can be posted as it stands. */
    public void checkReadyToPost() {
        if (lines.isEmpty()) {
            throw new Refused("fee", "Add at least one fee before posting.");
        }
        if (payerName != null && payerName.length() > 120) {
            throw new Refused("payerName", "The payer's name is too long (at most 120 characters).");
        }
        SafeText.check("payerName", "The payer's name", payerName);
        if (payerAbn != null) {
            Abn.problem(payerAbn).ifPresent(p -> {
                throw new Refused("payerAbn", "Payer ABN: " + p);
            });
        }
        if (taxInvoice() && !total().lessThan(NAMED_BUYER_THRESHOLD) && payerName == null && payerAbn == null) {
            throw new Refused("payerName", "A tax invoice of " + NAMED_BUYER_THRESHOLD.format()
                    + " or more must show the buyer: enter the payer's name or ABN.");
        }
        Settlement s = settlement();
        s.problem().ifPresent(p -> {
            throw new Refused("tender", p);
        });
        if (!s.stillToPay().isZero()) {
            throw new Refused("tender", s.stillToPay().format() + " is still to pay.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
