package org.counterdesk.exchange.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import org.counterdesk.money.TenderKind;

/**
 * The parts of a batch that are not receipts: dishonour reversals (linked to the receipt and
 * tender they reverse), GL movements for cash rounding, petty cash and cash over/short, and the
 * deposits with their notes and coins, cheque listing and money orders.
 */
final class MoneyNodes {

    private final DaySource s;
    private final ZoneId zone;

    MoneyNodes(DaySource s) {
        this.s = s;
        this.zone = s.org().zone();
    }

    ArrayNode reversals() {
        ArrayNode out = JsonOut.array();
        for (Rows.Reversal x : s.reversals()) {
            ObjectNode n = out.addObject();
            n.put("reversalNo", x.reversalNo());
            n.put("number", x.number());
            n.put("receiptNo", x.receiptNo());
            n.put("receiptBusinessDate", x.receiptDate().toString());
            n.put("tenderLineNo", x.tenderLine());
            n.put("amountCents", x.amount());
            n.put("bankNotice", x.bankNotice());
            n.put("noticeDate", x.noticeDate().toString());
            n.put("bankFeeCents", x.bankFee());
            n.put("bankFeeGlAccount", s.org().dishonourFeesGl());
            n.put("recordedAt", JsonOut.time(x.recordedAt(), zone));
            n.put("recordedBy", x.recordedBy());
            ArrayNode lines = n.putArray("lines");
            for (Rows.ReversalLine l : x.lines()) {
                ObjectNode ln = lines.addObject();
                ln.put("lineNo", l.lineNo());
                ln.put("feeCode", l.feeCode());
                BatchDocument.glAmounts(ln, l.gl(), l.taxCode(), l.amount(), l.gst());
            }
        }
        return out;
    }

    /** Movements signed as their effect on the cash taken: petty cash and a shortage are negative. */
    ArrayNode glMovements() {
        ArrayNode out = JsonOut.array();
        Rows.Closure c = s.closure();
        if (c.rounding() != 0) {
            movement(out, "CASH_ROUNDING", c.closureNo(), null, c.closedAt(), s.org().roundingGl(), c.rounding(),
                    "Cash rounding of the day's receipts", null, null);
        }
        for (Rows.PettyCash p : s.pettyCash()) {
            movement(out, "PETTY_CASH", p.voucherNo(), p.drawer(), p.recordedAt(),
                    p.gl() == null || p.gl().isEmpty() ? s.org().pettyCashGl() : p.gl(), -p.amount(), p.purpose(),
                    p.docketRef(), p.approvedBy());
        }
        for (Rows.Variance v : s.variances()) {
            movement(out, "CASH_OVER_SHORT", v.drawer() + "-S" + v.sessionId(), v.drawer(), v.closedAt(),
                    s.org().overShortGl(), v.variance(), (v.variance() > 0 ? "Over" : "Short")
                            + (v.decision() == null ? "" : ", " + v.decision().toLowerCase(java.util.Locale.ROOT)),
                    null, v.decidedBy());
        }
        return out;
    }

    private void movement(ArrayNode out, String kind, String reference, String drawer, java.time.Instant at, String gl,
                          long amount, String description, String docket, String approvedBy) {
        ObjectNode n = out.addObject();
        n.put("kind", kind);
        n.put("reference", reference);
        n.put("drawer", drawer);
        n.put("at", JsonOut.time(at, zone));
        n.put("glAccount", gl);
        n.put("amountCents", amount);
        n.put("description", description);
        n.put("docketReference", JsonOut.orNull(docket));
        n.put("approvedBy", approvedBy);
    }

    ArrayNode deposits() {
        ArrayNode out = JsonOut.array();
        for (Rows.Deposit d : s.deposits()) {
            ObjectNode n = out.addObject();
            n.put("depositNo", d.depositNo());
            n.put("reference", d.reference());
            n.put("preparedAt", JsonOut.time(d.preparedAt(), zone));
            n.put("preparedBy", d.preparedBy());
            n.put("checkedBy", d.checkedBy());
            n.put("cashCents", d.cash());
            n.put("chequesCents", d.cheques());
            n.put("moneyOrdersCents", d.moneyOrders());
            n.put("totalCents", d.total());
            n.put("eftposCents", d.eftpos());
            ArrayNode pieces = n.putArray("notesAndCoins");
            for (Rows.Piece p : d.pieces()) {
                ObjectNode pn = pieces.addObject();
                pn.put("denomination", p.denomination());
                pn.put("quantity", p.quantity());
                pn.put("valueCents", p.value());
            }
            ArrayNode cheques = n.putArray("cheques");
            ArrayNode orders = n.putArray("moneyOrders");
            for (Rows.Instrument i : d.instruments()) {
                ObjectNode in = (TenderKind.CHEQUE.name().equals(i.kind()) ? cheques : orders).addObject();
                in.put("receiptNo", i.receiptNo());
                in.put("tenderLineNo", i.tenderLine());
                if (TenderKind.CHEQUE.name().equals(i.kind())) {
                    ReceiptNodes.cheque(in, i.drawer(), i.bank(), i.bsb(), i.number());
                } else {
                    ReceiptNodes.moneyOrder(in, i.issuer(), i.moNumber());
                }
                in.put("amountCents", i.amount());
            }
            n.put("chequeCount", cheques.size());
            ArrayNode drawers = n.putArray("drawers");
            for (Rows.Banked b : d.drawers()) {
                ObjectNode bn = drawers.addObject();
                bn.put("terminal", b.terminal());
                bn.put("drawer", b.drawer());
                bn.put("sessionId", b.sessionId());
            }
        }
        return out;
    }
}
