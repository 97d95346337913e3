package org.counterdesk.exchange.batch;

import java.util.List;

/**
 * What reading the inbox found: acknowledgements accepted, rejected and mismatched (checksum
 * not the batch's), and files moved aside to {@code rejected/} with the reason for each.
 */
public record AckSummary(int accepted, int rejected, int mismatched, List<Refusal> refused) {

    public AckSummary {
        refused = List.copyOf(refused);
    }

    /** An inbox file that was not an acknowledgement of a known batch, and why. */
    public record Refusal(String fileName, String reason) {
    }

    public int processed() {
        return accepted + rejected + mismatched;
    }
}
