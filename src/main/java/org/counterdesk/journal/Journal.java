package org.counterdesk.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeMap;
import org.counterdesk.store.DocSequences;
import org.jdbi.v3.core.Handle;

/**
 * The append-only, hash-chained journal of sensitive events. Entries are written inside the
 * transaction of the event they record, so an event and its entry stand or fall together.
 */
public final class Journal {

    static final String SCOPE = "SITE";
    static final String KIND = "JOURNAL";

    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public Journal(Clock clock) {
        this.clock = clock;
    }

    /** Appends {@code event} within the caller's transaction and returns the stored entry. */
    public JournalEntry append(Handle handle, JournalEvent event) {
        long seq = DocSequences.next(handle, SCOPE, KIND);
        String prev = seq == 1 ? JournalEntry.GENESIS : JournalDao.hashAt(handle, seq - 1);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String details = detailsJson(event);
        String canonical = JournalEntry.canonical(seq, at, event.event(), event.actor(), event.terminal(),
                event.subjectType(), event.subjectId(), details);
        JournalEntry entry = new JournalEntry(seq, at, event.event(), event.actor(), event.terminal(),
                event.subjectType(), event.subjectId(), details, prev, JournalEntry.chain(prev, canonical));
        JournalDao.insert(handle, entry);
        return entry;
    }

    /** The newest entry: its hash is the chain head printed on reports and carried in exports. */
    public Optional<JournalEntry> head(Handle handle) {
        return JournalDao.newest(handle);
    }

    /** How many entries record {@code event} for one subject (for example, the reprints of a receipt). */
    public int count(Handle handle, String event, String subjectType, String subjectId) {
        return JournalDao.count(handle, event, subjectType, subjectId);
    }

    /** Walks the whole chain and reports the first entry that does not follow from its predecessor. */
    public JournalVerification verify(Handle handle) {
        return JournalVerification.of(JournalDao.all(handle));
    }

    private String detailsJson(JournalEvent event) {
        try {
            return json.writeValueAsString(new TreeMap<>(event.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("journal details must be plain values", e);
        }
    }
}
