package org.counterdesk.exchange.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.counterdesk.backup.BackupResult;
import org.counterdesk.exchange.batch.AckSummary;
import org.counterdesk.exchange.batch.BatchResult;
import org.counterdesk.exchange.batch.BatchState;
import org.counterdesk.exchange.batch.BatchStatus;

/**
 * The sentences of the Sync screen (and the main screen's batch warning), kept apart from the
 * nodes so that they read the same wherever they show.
 */
public final class SyncTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.forLanguageTag("en-AU"));

    private SyncTexts() {
    }

    /** "21 Nov", as the counter names a business day in a list. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The screen's large headline: where the batches stand with finance. */
    static String headline(List<BatchStatus> batches) {
        if (batches.isEmpty()) {
            return "No batches yet: export a closed day (F5)";
        }
        long waiting = count(batches, BatchState.SENT);
        long queued = batches.stream().filter(b -> b.state().awaitsDelivery()).count();
        long rejected = count(batches, BatchState.REJECTED);
        long mismatched = count(batches, BatchState.MISMATCH);
        if (waiting + queued + rejected + mismatched == 0) {
            return "All batches accepted";
        }
        StringBuilder s = new StringBuilder();
        add(s, waiting, plural(waiting, "batch waits", "batches wait") + " for finance");
        add(s, queued, plural(queued, "batch is", "batches are") + " queued for the outbox");
        add(s, rejected, "rejected");
        add(s, mismatched, "read wrongly by finance (checksum mismatch)");
        return s.toString();
    }

    /** The line under the headline: closed days that have no batch yet. */
    static String notExported(List<LocalDate> days) {
        return days.isEmpty() ? "Every closed day has been exported."
                : "Closed days not yet exported: " + String.join(", ", days.stream().map(SyncTexts::day).toList());
    }

    /** What F5 did: each batch and whether it reached the outbox or waits in the queue, and why. */
    static String exported(List<BatchResult> results) {
        if (results.isEmpty()) {
            return "No closed days were waiting to be exported.";
        }
        StringBuilder s = new StringBuilder();
        for (BatchResult r : results) {
            s.append(s.length() == 0 ? "" : "\n").append("Batch ").append(r.batchNo()).append(" (day ")
                    .append(day(r.businessDate())).append(") ").append(where(r.delivered(), r.queuedReason()));
        }
        return s.toString();
    }

    /** After a batch was sent again. */
    static String resent(BatchStatus now) {
        boolean delivered = now.state() == BatchState.SENT || now.state() == BatchState.ACCEPTED;
        return "Batch " + now.batchNo() + " was sent again and " + where(delivered, now.queuedReason());
    }

    private static String where(boolean delivered, String reason) {
        return delivered ? "is in the outbox." : "waits in the local queue (" + (reason == null
                ? "the outbox could not be reached" : reason.replaceFirst("^Waiting for the outbox: ", ""))
                + "); it goes when the outbox can be reached.";
    }

    /** What F6 found in the inbox. */
    public static String acknowledged(AckSummary a) {
        String counts = a.processed() == 0 ? "No acknowledgements in the inbox." : "Acknowledgements read: "
                + a.accepted() + " accepted, " + a.rejected() + " rejected, " + a.mismatched() + " mismatched.";
        StringBuilder s = new StringBuilder(counts);
        for (AckSummary.Refusal r : a.refused()) {
            s.append("\nMoved aside to rejected/: ").append(r.fileName()).append(" (").append(r.reason()).append(")");
        }
        return s.toString();
    }

    /** What F8 wrote. */
    static String backedUp(BackupResult r) {
        return "Backup written to " + r.file() + " (" + String.format(Locale.ROOT, "%,d", r.bytes()) + " bytes, SHA-256 "
                + r.sha256() + ").";
    }

    /** The main screen's warning about batches finance has not accepted after a day; empty when none. */
    public static String overdue(List<BatchStatus> overdue) {
        if (overdue.isEmpty()) {
            return "";
        }
        BatchStatus oldest = overdue.get(overdue.size() - 1);
        String more = overdue.size() == 1 ? " has" : " and " + (overdue.size() - 1) + " more have";
        return "Batch " + oldest.batchNo() + " (day " + day(oldest.businessDate()) + ")" + more
                + " not been accepted by finance after a day: see Sync with finance (Alt+S).";
    }

    private static long count(List<BatchStatus> batches, BatchState state) {
        return batches.stream().filter(b -> b.state() == state).count();
    }

    private static void add(StringBuilder s, long n, String what) {
        if (n > 0) {
            s.append(s.length() == 0 ? "" : "; ").append(n).append(' ').append(what);
        }
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
