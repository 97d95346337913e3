package org.counterdesk.banking;

import java.util.Optional;
import org.counterdesk.organisation.Terminal;
import org.jdbi.v3.core.Handle;

/** SQL for the terminal (its code, name and site) a deposit or a day closure belongs to, for their documents. */
record TerminalOfDao(Handle h) {

    private static final String SELECT = "SELECT t.id, t.code, t.name, t.site FROM terminal t ";

    Optional<Terminal> ofDeposit(long depositId) {
        return one(SELECT + "JOIN deposit d ON d.terminal_id = t.id WHERE d.id = :id", depositId);
    }

    Optional<Terminal> ofClosure(long closureId) {
        return one(SELECT + "JOIN day_closure c ON c.terminal_id = t.id WHERE c.id = :id", closureId);
    }

    /** How many terminals the site has. */
    int count() {
        return h.createQuery("SELECT COUNT(*) FROM terminal").mapTo(Integer.class).one();
    }

    private Optional<Terminal> one(String sql, long id) {
        return h.createQuery(sql).bind("id", id)
                .map((rs, ctx) -> new Terminal(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("site")))
                .findOne();
    }
}
