package org.counterdesk.exchange.masterdata;

/**
 * What an applied import did: its row in the import history, the counts, and a one-line
 * summary for the screen or the command line.
 *
 * @param records the records in the file
 * @param unchanged records that matched what was already stored
 */
public record ImportResult(long importId, String kind, String fileName, String sha256, int records, int added,
                           int changed, int deactivated, int unchanged, String summary) {

    @Override
    public String toString() {
        return summary;
    }
}
