package org.counterdesk.frontdesk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * Names an administrator has asked the desk to watch for. Signing in a matching name (same
 * words in any order, accents and punctuation ignored) needs a supervisor. The journal records
 * entries by id only: the names are personal details.
 */
public record WatchList(Jdbi jdbi, Journal journal, Clock clock) {

    public List<WatchEntry> all() {
        return jdbi.withHandle(h -> new WatchListDao(h).all());
    }

    /** The entry matching {@code name}, if any. */
    public Optional<WatchEntry> match(String name) {
        String key = VisitorNames.matchKey(name);
        return jdbi.withHandle(h -> new WatchListDao(h).byKey(key));
    }

    /** Adds a name (administrators only). */
    public WatchEntry add(Actor actor, String name, String note) {
        actor.require(Role.ADMINISTRATOR, "change the watch list");
        String clean = VisitorNames.check("watchName", name);
        String why = Texts.required("watchNote", "note for the desk", note, 3, 200);
        if (match(clean).isPresent()) {
            throw new Refused("watchName", "That name is already on the watch list.");
        }
        Instant at = clock.instant();
        long id = jdbi.inTransaction(h -> {
            long added = new WatchListDao(h).insert(clean, VisitorNames.matchKey(clean), why, actor.staff().id(), at);
            journal.append(h, JournalEvent.of("WATCH_LIST_ADDED", actor.staffNumber(), actor.terminalCode(),
                    "watch_entry", added));
            return added;
        });
        return new WatchEntry(id, clean, why, at);
    }

    /** Takes a name off the list (administrators only). */
    public void remove(Actor actor, long id) {
        actor.require(Role.ADMINISTRATOR, "change the watch list");
        jdbi.useTransaction(h -> {
            if (!new WatchListDao(h).delete(id)) {
                throw new Refused("That name is no longer on the watch list.");
            }
            journal.append(h, JournalEvent.of("WATCH_LIST_REMOVED", actor.staffNumber(), actor.terminalCode(),
                    "watch_entry", id));
        });
    }
}
