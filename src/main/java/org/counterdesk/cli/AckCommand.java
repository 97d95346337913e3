package org.counterdesk.cli;

import java.util.concurrent.Callable;
import org.counterdesk.exchange.batch.AckSummary;
import org.counterdesk.exchange.batch.BatchState;
import picocli.CommandLine.Command;

/** {@code ack}: reads finance's acknowledgements from the inbox folder. */
@Command(name = "ack", mixinStandardHelpOptions = true,
        description = {"Reads finance's acknowledgements from the inbox folder: an accepted batch whose SHA-256 "
                + "matches is done; a rejected or mismatched one is listed for a supervisor to send again.",
            "A malformed or unknown file is moved aside to the inbox's rejected folder with the reason beside it."})
final class AckCommand implements Callable<Integer> {

    private final CliContext context;

    AckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var batches = context.services().exchangeRoom().batches();
        AckSummary summary = batches.readInbox();
        context.out().println("Acknowledgements read from " + context.services().exchangeRoom().folders().inbox() + ": "
                + summary.accepted() + " accepted, " + summary.rejected() + " rejected, " + summary.mismatched()
                + " mismatched, " + summary.refused().size() + " moved aside.");
        summary.refused().forEach(r -> context.out().println("Moved aside: " + r.fileName() + " (" + r.reason() + ")"));
        batches.batches().stream()
                .filter(s -> s.state() == BatchState.REJECTED || s.state() == BatchState.MISMATCH)
                .forEach(s -> context.out().println("Needs a supervisor: " + s.batchNo() + " of " + s.businessDate()
                        + " is " + s.state().name().toLowerCase() + (s.lastMessage() == null ? "" : ": " + s.lastMessage())));
        return ExitCodes.OK;
    }
}
