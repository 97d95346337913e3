package org.counterdesk.exchange.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a batch file's JSON tree (schema {@code batch}) from a closed day: a header with the
 * control totals, the receipts, voids, reversals, GL movements, deposits and the closure. Every
 * field is put in a fixed order and every list comes sorted, so the same day, number and
 * creation time always give the same bytes.
 */
final class BatchDocument {

    static final int FORMAT_VERSION = 1;

    private BatchDocument() {
    }

    /** The tree of batch {@code number} created at {@code createdAt}. */
    static ObjectNode build(DaySource s, long number, Instant createdAt, ExportProgress progress) {
        ZoneId zone = s.org().zone();
        long total = s.receipts().size() + 2L;
        progress.step(0, total, "Reading " + s.closure().closureNo());
        ReceiptNodes receipts = new ReceiptNodes(zone);
        MoneyNodes money = new MoneyNodes(s);
        ArrayNode receiptNodes = receipts.receipts(s, progress, total);
        ArrayNode voids = receipts.voids(s.voids());
        ArrayNode reversals = money.reversals();
        ArrayNode movements = money.glMovements();
        ArrayNode deposits = money.deposits();
        ObjectNode doc = JsonOut.object();
        ObjectNode header = doc.putObject("header");
        header.put("formatVersion", FORMAT_VERSION);
        header.put("batchNo", batchNo(s.closure().terminalCode(), number));
        header.put("batchNumber", number);
        ObjectNode org = header.putObject("organisation");
        org.put("name", s.org().name());
        org.put("abn", s.org().abn());
        ObjectNode terminal = header.putObject("terminal");
        terminal.put("code", s.closure().terminalCode());
        terminal.put("name", s.closure().terminalName());
        terminal.put("site", s.closure().site());
        header.put("timeZone", zone.getId());
        header.put("createdAt", JsonOut.time(createdAt, zone));
        ObjectNode covers = header.putObject("closure");
        covers.put("closureNo", s.closure().closureNo());
        covers.put("businessDate", s.closure().businessDate().toString());
        header.put("firstReceiptNo", s.closure().firstReceiptNo());
        header.put("lastReceiptNo", s.closure().lastReceiptNo());
        header.set("counts", counts(s, receiptNodes, voids, reversals, movements, deposits));
        header.set("controlTotals", controlTotals(s));
        doc.set("receipts", receiptNodes);
        doc.set("voids", voids);
        doc.set("reversals", reversals);
        doc.set("glMovements", movements);
        doc.set("deposits", deposits);
        doc.set("closure", closure(s.closure(), zone));
        return doc;
    }

    static String batchNo(String terminalCode, long number) {
        return terminalCode + "-B" + String.format("%06d", number);
    }

    private static ObjectNode counts(DaySource s, ArrayNode receipts, ArrayNode voids, ArrayNode reversals,
                                     ArrayNode movements, ArrayNode deposits) {
        ObjectNode n = JsonOut.object();
        n.put("receipts", receipts.size());
        n.put("receiptLines", s.lines().size());
        n.put("tenders", s.tenders().size());
        n.put("voids", voids.size());
        n.put("reversals", reversals.size());
        n.put("glMovements", movements.size());
        n.put("deposits", deposits.size());
        return n;
    }

    private static ObjectNode controlTotals(DaySource s) {
        ObjectNode n = JsonOut.object();
        moneyTotals(n, s.closure(), "netCents");
        ArrayNode byGl = n.putArray("byGlAccount");
        Map<String, long[]> byTax = new TreeMap<>();
        for (Rows.GlTotal g : s.glTotals()) {
            glAmounts(byGl.addObject(), g.gl(), g.taxCode(), g.amount(), g.gst());
            long[] t = byTax.computeIfAbsent(g.taxCode(), k -> new long[2]);
            t[0] += g.amount();
            t[1] += g.gst();
        }
        ArrayNode taxes = n.putArray("byTaxCode");
        byTax.forEach((code, t) -> taxAmounts(taxes.addObject(), code, t[0], t[1]));
        ArrayNode tenders = n.putArray("byTender");
        for (Rows.TenderTotal t : s.tenderTotals()) {
            ObjectNode tn = tenders.addObject();
            tn.put("kind", t.kind());
            tn.put("amountCents", t.amount());
        }
        return n;
    }

    /** An amount and its GST booked to a GL account under a tax code. */
    static void glAmounts(ObjectNode n, String gl, String taxCode, long amount, long gst) {
        n.put("glAccount", gl);
        taxAmounts(n, taxCode, amount, gst);
    }

    private static void taxAmounts(ObjectNode n, String taxCode, long amount, long gst) {
        n.put("taxCode", taxCode);
        n.put("amountCents", amount);
        n.put("gstCents", gst);
    }

    /** The closure's money totals, in the header and in the closure; only the net's name differs. */
    private static void moneyTotals(ObjectNode n, Rows.Closure c, String netName) {
        n.put("receiptedCents", c.receipted());
        n.put("voidedCents", c.voided());
        n.put("reversedCents", c.reversed());
        n.put(netName, c.period());
        n.put("gstCents", c.gst());
        n.put("cashRoundingCents", c.rounding());
        n.put("pettyCashCents", c.pettyCash());
        n.put("overShortCents", c.overShort());
    }

    private static ObjectNode closure(Rows.Closure c, ZoneId zone) {
        ObjectNode n = JsonOut.object();
        n.put("closureNo", c.closureNo());
        n.put("number", c.number());
        n.put("businessDate", c.businessDate().toString());
        n.put("closedAt", JsonOut.time(c.closedAt(), zone));
        n.put("closedBy", c.closedBy());
        n.put("firstReceiptNo", c.firstReceiptNo());
        n.put("lastReceiptNo", c.lastReceiptNo());
        n.put("receiptsCount", c.receipts());
        n.put("voidsCount", c.voids());
        n.put("reversalsCount", c.reversals());
        moneyTotals(n, c, "periodTotalCents");
        n.put("previousGrandTotalCents", c.previous());
        n.put("grandTotalCents", c.grand());
        n.put("journalHead", c.journalHead());
        return n;
    }
}
