package org.counterdesk.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.ReceiptMix;
import org.counterdesk.testing.TestCounter;
import org.jdbi.v3.core.Handle;

/**
 * The bare stack the poster is compared with: raw JDBC on the same H2 file, URL and schema,
 * statements prepared once, writing the same rows per receipt (the number, the receipt, its
 * lines and tenders, one journal row with a SHA-256 chain hash) in one transaction, then forcing
 * the commit to disk as the app does ({@code CHECKPOINT SYNC}). No seal read-back, no drawer
 * check, no read of the posted receipt: what the app adds on top is the difference.
 */
final class BarePosting implements AutoCloseable {

    private final Handle handle;
    private final Connection c;
    private final Actor cashier;
    private final long sessionId;
    private final PreparedStatement number;
    private final PreparedStatement readNumber;
    private final PreparedStatement receipt;
    private final PreparedStatement line;
    private final PreparedStatement tender;
    private final PreparedStatement journal;
    private final Statement sync;
    private final MessageDigest sha;
    private long journalSeq;
    private String prevHash;

    BarePosting(TestCounter counter, Actor cashier) throws Exception {
        this.handle = counter.services.database().jdbi().open();
        this.c = handle.getConnection();
        this.cashier = cashier;
        DrawerSession session = counter.services.drawer().sessions().current(cashier).orElseThrow();
        this.sessionId = session.id();
        number = c.prepareStatement("UPDATE doc_sequence SET last_value = last_value + 1 WHERE scope = ? AND kind = ?");
        readNumber = c.prepareStatement("SELECT last_value FROM doc_sequence WHERE scope = ? AND kind = ?");
        receipt = c.prepareStatement("INSERT INTO receipt (terminal_id, number, receipt_no, session_id, cashier_id, "
                + "business_date, posted_at, total_cents, gst_cents, rounding_cents, change_cents, draft_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)", new String[] {"id"});
        line = c.prepareStatement("INSERT INTO receipt_line (receipt_id, line_no, fee_id, fee_code, description, gl, "
                + "tax_code, reference, quantity, unit_price_cents, amount_cents, gst_cents) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        tender = c.prepareStatement("INSERT INTO tender (receipt_id, line_no, kind, amount_cents, eftpos_ref) "
                + "VALUES (?, ?, ?, ?, ?)");
        journal = c.prepareStatement("INSERT INTO journal (seq, recorded_at, event, actor, terminal, subject_type, "
                + "subject_id, details, prev_hash, hash, record_kind, record_key, seal) "
                + "VALUES (?, ?, 'RECEIPT_POSTED', ?, ?, 'receipt', ?, ?, ?, ?, 'RECEIPT', ?, ?)");
        sync = c.createStatement();
        sha = MessageDigest.getInstance("SHA-256");
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash FROM journal ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            rs.next();
            journalSeq = rs.getLong(1);
            prevHash = rs.getString(2);
        }
        c.setAutoCommit(false);
    }

    /** Posts one receipt shaped like {@code draft} and forces it to disk. */
    void post(ReceiptDraft draft) throws SQLException {
        long n = next(cashier.terminalCode(), "RECEIPT");
        String receiptNo = cashier.terminalCode() + "-" + n;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        receipt.setLong(1, cashier.terminal().id());
        receipt.setLong(2, n);
        receipt.setString(3, receiptNo);
        receipt.setLong(4, sessionId);
        receipt.setLong(5, cashier.staff().id());
        receipt.setObject(6, now.toLocalDate());
        receipt.setObject(7, now);
        receipt.setLong(8, draft.total().cents());
        receipt.setLong(9, draft.gst().cents());
        receipt.setObject(10, draft.id());
        receipt.executeUpdate();
        long id;
        try (ResultSet keys = receipt.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        lines(id, draft.lines());
        tenders(id, draft.tenders());
        journal(id, receiptNo, draft);
        c.commit();
        sync.execute("CHECKPOINT SYNC");
    }

    private long next(String scope, String kind) throws SQLException {
        number.setString(1, scope);
        number.setString(2, kind);
        if (number.executeUpdate() == 0) {
            try (PreparedStatement first = c.prepareStatement(
                    "INSERT INTO doc_sequence (scope, kind, last_value) VALUES (?, ?, 1)")) {
                first.setString(1, scope);
                first.setString(2, kind);
                first.executeUpdate();
            }
            return 1;
        }
        readNumber.setString(1, scope);
        readNumber.setString(2, kind);
        try (ResultSet rs = readNumber.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void lines(long id, List<DraftLine> lines) throws SQLException {
        for (int i = 0; i < lines.size(); i++) {
            DraftLine l = lines.get(i);
            line.setLong(1, id);
            line.setInt(2, i + 1);
            line.setLong(3, l.fee().id());
            line.setString(4, l.fee().code());
            line.setString(5, l.fee().description());
            line.setString(6, l.fee().gl());
            line.setString(7, l.fee().taxCode().name());
            line.setString(8, l.reference());
            line.setLong(9, l.quantity());
            line.setLong(10, l.unitPrice().cents());
            line.setLong(11, l.amount().cents());
            line.setLong(12, l.gst().cents());
            line.executeUpdate();
        }
    }

    private void tenders(long id, List<Tender> tenders) throws SQLException {
        for (int i = 0; i < tenders.size(); i++) {
            Tender t = tenders.get(i);
            tender.setLong(1, id);
            tender.setInt(2, i + 1);
            tender.setString(3, t.kind().name());
            tender.setLong(4, t.amount().cents());
            if (t.eftposReference() == null) {
                tender.setNull(5, Types.VARCHAR);
            } else {
                tender.setString(5, t.eftposReference());
            }
            tender.executeUpdate();
        }
    }

    private void journal(long id, String receiptNo, ReceiptDraft draft) throws SQLException {
        long seq = ++journalSeq;
        String details = "{\"total\":" + draft.total().cents() + ",\"gst\":" + draft.gst().cents() + "}";
        String canonical = seq + "\n" + receiptNo + "\n" + details;
        String seal = hex(canonical + "seal");
        String hash = hex(prevHash + canonical);
        journal.setLong(1, seq);
        journal.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
        journal.setString(3, cashier.staffNumber());
        journal.setString(4, cashier.terminalCode());
        journal.setString(5, receiptNo);
        journal.setString(6, details);
        journal.setString(7, prevHash);
        journal.setString(8, hash);
        journal.setLong(9, id);
        journal.setString(10, seal);
        journal.executeUpdate();
        next("SITE", "JOURNAL");
        prevHash = hash;
    }

    private String hex(String text) {
        return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws SQLException {
        c.setAutoCommit(true);
        handle.close();
    }

    /** A bare run on its own fresh demo counter, like {@link PostingRun#run}. */
    static Latencies.Summary run(int receipts) throws Exception {
        java.nio.file.Path dir = BenchFolders.fresh("bare");
        try (TestCounter counter = TestCounter.demo(dir)) {
            Actor casey = counter.cashier();
            ReceiptMix mix = new ReceiptMix(counter.services);
            Latencies latencies = new Latencies(receipts);
            try (BarePosting bare = new BarePosting(counter, casey)) {
                for (int i = 0; i < receipts; i++) {
                    ReceiptDraft draft = mix.twoTenders(i);
                    long start = System.nanoTime();
                    bare.post(draft);
                    latencies.add(System.nanoTime() - start);
                }
            }
            return latencies.summary();
        } finally {
            BenchFolders.delete(dir);
        }
    }
}
