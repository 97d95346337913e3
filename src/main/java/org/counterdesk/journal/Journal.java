package org.counterdesk.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeMap;
import org.counterdesk.seal.Canonical;
import org.counterdesk.seal.SealSpec;
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
        return append(handle, event, null, null, null);
    }

    /**
     * Appends {@code event} as the entry that seals record {@code key} of {@code spec}, whose rows
     * the caller has just written in this transaction: the entry carries the record's seal
     * (canonical version CDJ2). Call it after the last row of the record is written.
     */
    public JournalEntry seal(Handle handle, SealSpec spec, long key, JournalEvent event) {
        return append(handle, event, spec.kind(), key, Canonical.seal(handle, spec, key));
    }

    private JournalEntry append(Handle handle, JournalEvent event, String kind, Long key, String seal) {
        long seq = DocSequences.next(handle, SCOPE, KIND);
        String prev = seq == 1 ? JournalEntry.GENESIS : JournalDao.hashAt(handle, seq - 1);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String details = detailsJson(event);
        String canonical = seal == null
                ? JournalEntry.canonical(seq, at, event.event(), event.actor(), event.terminal(), event.subjectType(),
                        event.subjectId(), details)
                : JournalEntry.canonicalSealing(seq, at, event.event(), event.actor(), event.terminal(),
                        event.subjectType(), event.subjectId(), details, kind, key, seal);
        JournalEntry entry = new JournalEntry(seq, at, event.event(), event.actor(), event.terminal(),
                event.subjectType(), event.subjectId(), details, prev, JournalEntry.chain(prev, canonical), kind, key,
                seal);
        JournalDao.insert(handle, entry);
        return entry;
    }

    /** The newest entry: its hash is the chain head printed on reports and carried in exports. */
    public Optional<JournalEntry> head(Handle handle) {
        return JournalDao.newest(handle);
    }

    /**
     * Whether record {@code key} of {@code spec} still matches its latest sealing entry (false
     * when it has none): a quick check of one record, for example a person at sign-in.
     */
    public boolean sealHolds(Handle handle, SealSpec spec, long key) {
        return JournalDao.latestSeal(handle, spec.kind(), key).map(s -> s.equals(Canonical.seal(handle, spec, key)))
                .orElse(false);
    }

    /** The entry numbered {@code seq}, if there is one. */
    public Optional<JournalEntry> at(Handle handle, long seq) {
        return JournalDao.at(handle, seq);
    }

    /** Every entry that seals a record, oldest first, streamed. */
    public Iterable<JournalEntry> sealing(Handle handle) {
        return JournalDao.sealing(handle);
    }

    /** The last number the journal's counter has handed out. */
    public long lastIssued(Handle handle) {
        return DocSequences.last(handle, SCOPE, KIND);
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
