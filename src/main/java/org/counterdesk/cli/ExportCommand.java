package org.counterdesk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterdesk.common.Refused;
import org.counterdesk.exchange.batch.BatchExports;
import org.counterdesk.exchange.batch.BatchResult;
import org.counterdesk.exchange.batch.BatchStatus;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.staff.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export [--day DATE]}: closed business days to finance, one numbered batch per closure. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports this terminal's closed business days to finance: one batch and its manifest per day "
                + "closure, written to the outbox folder (or kept in the local queue while it cannot be reached).",
            "Without --day: sends anything queued, then every closed day not yet exported, oldest first. "
                + "With --day: that day's batch, made if needed, or written again byte for byte. Needs a supervisor.",
            "Exits with 1 if a batch could not reach the outbox; it waits in the queue and goes with the next export."})
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--day", paramLabel = "DATE", description = "a closed business date, for example 2026-11-23")
    private LocalDate day;

    @Mixin
    private SignedIn signedIn;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Actor actor = signedIn.actor(context);
        BatchExports exports = context.services().exchangeRoom().batches();
        ExportProgress progress = context.progress()::step;
        int sent = day == null ? exports.deliverQueued() : 0;
        if (sent > 0) {
            context.out().println(sent + " queued " + (sent == 1 ? "batch" : "batches") + " sent to the outbox "
                    + context.services().exchangeRoom().folders().outbox());
        }
        List<BatchResult> results = day == null ? exports.exportPending(actor, progress)
                : List.of(exports.exportDay(actor, day, progress));
        if (results.isEmpty() && sent == 0) {
            context.out().println("Nothing to export: every closed day has its batch.");
        }
        results.forEach(r -> context.out().println(line(r)));
        List<BatchStatus> waiting = exports.batches().stream().filter(b -> b.state().awaitsDelivery()).toList();
        if (!waiting.isEmpty()) {
            throw new Refused(waiting.size() + (waiting.size() == 1 ? " batch waits" : " batches wait")
                    + " in the local queue: " + waiting.get(0).queuedReason());
        }
        return ExitCodes.OK;
    }

    private String line(BatchResult r) {
        String where = r.delivered() ? "in the outbox " + context.services().exchangeRoom().folders().outbox()
                : "queued (" + r.queuedReason() + ")";
        return r.batchNo() + "  " + r.businessDate() + "  " + (r.created() ? "made" : "written again") + ", " + where
                + "  " + r.sizeBytes() + " bytes  SHA-256 " + r.sha256();
    }
}
