package org.counterdesk.exchange.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterdesk.money.TenderKind;

/** The receipts of a batch, each with its lines and tenders, and the voids of the day. */
final class ReceiptNodes {

    private final ZoneId zone;

    ReceiptNodes(ZoneId zone) {
        this.zone = zone;
    }

    ArrayNode receipts(DaySource s, ExportProgress progress, long total) {
        Map<Long, List<Rows.Line>> lines = s.lines().stream().collect(Collectors.groupingBy(Rows.Line::receiptId));
        Map<Long, List<Rows.Tender>> tenders = s.tenders().stream()
                .collect(Collectors.groupingBy(Rows.Tender::receiptId));
        ArrayNode out = JsonOut.array();
        int done = 0;
        for (Rows.Receipt r : s.receipts()) {
            out.add(receipt(r, lines.getOrDefault(r.id(), List.of()), tenders.getOrDefault(r.id(), List.of())));
            if (++done % 200 == 0) {
                progress.step(done, total, "Receipts " + done + " of " + s.receipts().size());
            }
        }
        return out;
    }

    private ObjectNode receipt(Rows.Receipt r, List<Rows.Line> lines, List<Rows.Tender> tenders) {
        ObjectNode n = JsonOut.object();
        n.put("receiptNo", r.receiptNo());
        n.put("number", r.number());
        n.put("postedAt", JsonOut.time(r.postedAt(), zone));
        n.put("cashier", r.cashier());
        n.put("drawer", r.drawer());
        n.put("mailBatchNo", r.mailBatchNo());
        n.put("payerName", r.payerName());
        n.put("payerAbn", r.payerAbn());
        n.put("totalCents", r.total());
        n.put("gstCents", r.gst());
        n.put("cashRoundingCents", r.rounding());
        n.put("changeCents", r.change());
        n.put("voidNo", r.voidNo());
        ArrayNode ls = n.putArray("lines");
        for (Rows.Line l : lines) {
            ObjectNode ln = ls.addObject();
            ln.put("lineNo", l.lineNo());
            ln.put("feeCode", l.feeCode());
            ln.put("description", l.description());
            ln.put("reference", JsonOut.orNull(l.reference()));
            ln.put("quantity", l.quantity());
            ln.put("unitPriceCents", l.unitPrice());
            ln.put("amountCents", l.amount());
            ln.put("glAccount", l.gl());
            ln.put("taxCode", l.taxCode());
            ln.put("gstCents", l.gst());
        }
        ArrayNode ts = n.putArray("tenders");
        tenders.forEach(t -> ts.add(tender(t)));
        return n;
    }

    private static ObjectNode tender(Rows.Tender t) {
        ObjectNode n = JsonOut.object();
        n.put("lineNo", t.lineNo());
        n.put("kind", t.kind());
        n.put("amountCents", t.amount());
        n.put("eftposReference", TenderKind.EFTPOS.name().equals(t.kind()) ? t.eftposRef() : null);
        if (TenderKind.CHEQUE.name().equals(t.kind())) {
            cheque(n.putObject("cheque"), t.chequeDrawer(), t.chequeBank(), t.chequeBsb(), t.chequeNumber());
        } else {
            n.putNull("cheque");
        }
        if (TenderKind.MONEY_ORDER.name().equals(t.kind())) {
            moneyOrder(n.putObject("moneyOrder"), t.moIssuer(), t.moNumber());
        } else {
            n.putNull("moneyOrder");
        }
        return n;
    }

    /** A cheque's fields, the same in a tender and in a deposit's cheque listing. */
    static void cheque(ObjectNode n, String drawer, String bank, String bsb, String number) {
        n.put("drawer", drawer);
        n.put("bank", bank);
        n.put("bsb", bsb);
        n.put("number", number);
    }

    /** A money order's fields, the same in a tender and in a deposit's listing. */
    static void moneyOrder(ObjectNode n, String issuer, String number) {
        n.put("issuer", issuer);
        n.put("number", number);
    }

    ArrayNode voids(List<Rows.Void> voids) {
        ArrayNode out = JsonOut.array();
        for (Rows.Void v : voids) {
            ObjectNode n = out.addObject();
            n.put("voidNo", v.voidNo());
            n.put("number", v.number());
            n.put("receiptNo", v.receiptNo());
            n.put("voidedAt", JsonOut.time(v.voidedAt(), zone));
            n.put("voidedBy", v.voidedBy());
            n.put("approvedBy", v.approvedBy());
            n.put("reason", v.reason());
            n.put("refundReference", JsonOut.orNull(v.refundReference()));
            n.put("amountCents", v.amount());
            n.put("gstCents", v.gst());
        }
        return out;
    }
}
