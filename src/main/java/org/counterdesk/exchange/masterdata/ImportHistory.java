package org.counterdesk.exchange.masterdata;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Reads the history of applied imports (table master_data_import). */
final class ImportHistory {

    private final Jdbi jdbi;

    ImportHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<ImportResult> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, kind, file_name, sha256, records, added, changed, "
                        + "deactivated, summary FROM master_data_import ORDER BY id DESC")
                .map((rs, ctx) -> new ImportResult(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                        rs.getString("sha256"), rs.getInt("records"), rs.getInt("added"), rs.getInt("changed"),
                        rs.getInt("deactivated"), rs.getInt("records") - rs.getInt("added") - rs.getInt("changed"),
                        rs.getString("summary")))
                .list());
    }
}
