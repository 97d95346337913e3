package org.counterdesk.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup file says about itself ({@code backup.json} inside the zip): the format, when
 * it was made, the database's schema version (the latest migration applied), the journal it
 * holds (entries and chain head, to compare with printed day reports), and for each table its
 * entry's name, rows, size and SHA-256, all checked before anything is restored.
 */
public record BackupManifest(String format, Instant createdAt, String schemaVersion, long journalEntries,
                             String journalHead, List<TableEntry> tables) {

    public static final String FORMAT = "counterdesk-backup/2";

    public BackupManifest {
        tables = List.copyOf(tables);
    }

    /** One table's entry in the zip: {@code NAME.jsonl}, its rows, its size in bytes and SHA-256. */
    public record TableEntry(String name, String entry, long rows, long bytes, String sha256) {
    }

    /** Rows in all the tables. */
    public long totalRows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }
}
