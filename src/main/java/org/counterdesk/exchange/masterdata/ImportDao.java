package org.counterdesk.exchange.masterdata;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.counterdesk.common.InboundFile;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/** The SQL of the import history (table master_data_import, insert-only). */
record ImportDao(Handle h) {

    /** Adds one applied import and returns its id. */
    long insert(Actor actor, String kind, InboundFile file, ImportLog.Counts counts, String summary, Instant at) {
        return h.createUpdate("INSERT INTO master_data_import (kind, file_name, sha256, imported_by, terminal, "
                        + "imported_at, records, added, changed, deactivated, summary) VALUES (:kind, :file, :sha, :by, "
                        + ":terminal, :at, :records, :added, :changed, :deactivated, :summary)")
                .bind("kind", kind).bind("file", file.name()).bind("sha", file.sha256())
                .bind("by", actor.staff().id()).bind("terminal", actor.terminalCode())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("records", counts.records()).bind("added", counts.added()).bind("changed", counts.changed())
                .bind("deactivated", counts.deactivated()).bind("summary", summary)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Every applied import, newest first. */
    List<ImportResult> all() {
        return h.createQuery("SELECT id, kind, file_name, sha256, records, added, changed, "
                        + "deactivated, summary FROM master_data_import ORDER BY id DESC")
                .map((rs, ctx) -> new ImportResult(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                        rs.getString("sha256"), rs.getInt("records"), rs.getInt("added"), rs.getInt("changed"),
                        rs.getInt("deactivated"), rs.getInt("records") - rs.getInt("added") - rs.getInt("changed"),
                        rs.getString("summary")))
                .list();
    }
}
