package org.counterdesk.exchange.masterdata;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Reads the history of applied imports (table master_data_import). */
record ImportHistory(Jdbi jdbi) {

    List<ImportResult> all() {
        return jdbi.withHandle(h -> new ImportDao(h).all());
    }
}
