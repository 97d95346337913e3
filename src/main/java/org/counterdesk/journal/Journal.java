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
 *
 * <p>Each terminal keeps a chain of its own (schema version 10 on): an entry links to the
 * previous entry of the same terminal, and only that terminal's counter row is locked while it
 * is written, so the counters of a site never wait on one another's head. The entries written
 * before version 10 stay the one chain they were ({@link JournalEntry} says how both are hashed).
 */
public final class Journal {

    /** The counter of the chain kept before each terminal had its own (entries without a chain place). */
    static final String SCOPE = "SITE";
    static final String KIND = "JOURNAL";
    /** Each terminal's chain counter: scope the terminal code. */
    static final String CHAIN_KIND = "CHAIN";
    /** The database sequence that keys entries from version 10 on. */
    static final String KEY_SEQUENCE = "journal_key";

    private final Clock clock;
    /** Whether the schema has per-terminal chains yet (a migration before version 10 writes the old chain). */
    private volatile Boolean chained;

    public Journal(Clock clock) {
        this.clock = clock;
    }

    /**
     * The JSON writer of entry details, made on first use: Jackson is about 400 classes, and the
     * app's start (issue 14) loaded them before its first screen only to build this journal.
     */
    private static final class DetailsJson {
        static final ObjectMapper WRITER = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** Loads the JSON writer ahead of the first entry, so the first entry does not wait for it (call off the screen's thread). */
    public static void prepare() {
        DetailsJson.WRITER.getClass();
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
        if (!chained(handle)) {
            return appendToSharedChain(handle, event, kind, key, seal);
        }
        String terminal = event.terminal();
        // The terminal's counter row is the only lock taken: its chain's head cannot move under us.
        long place = DocSequences.next(handle, terminal, CHAIN_KIND);
        String prev = place == 1 ? JournalDao.sharedHead(handle) : JournalDao.hashInChain(handle, terminal, place - 1);
        long seq = DocSequences.nextKey(handle, KEY_SEQUENCE);
        JournalEntry unhashed = new JournalEntry(seq, clock.instant().truncatedTo(ChronoUnit.MILLIS), event.event(),
                event.actor(), terminal, event.subjectType(), event.subjectId(), detailsJson(event), prev, null, kind,
                key, seal, place);
        JournalEntry entry = unhashed.withHash(unhashed.expectedHash());
        JournalDao.insert(handle, entry);
        return entry;
    }

    /** The one chain of schema versions before 10, for the migrations that run before it (V7.1). */
    private JournalEntry appendToSharedChain(Handle handle, JournalEvent event, String kind, Long key, String seal) {
        long seq = DocSequences.next(handle, SCOPE, KIND);
        String prev = seq == 1 ? JournalEntry.GENESIS : JournalDao.hashAt(handle, seq - 1);
        JournalEntry unhashed = new JournalEntry(seq, clock.instant().truncatedTo(ChronoUnit.MILLIS), event.event(),
                event.actor(), event.terminal(), event.subjectType(), event.subjectId(), detailsJson(event), prev, null,
                kind, key, seal, null);
        JournalEntry entry = unhashed.withHash(unhashed.expectedHash());
        JournalDao.insert(handle, entry);
        return entry;
    }

    private boolean chained(Handle handle) {
        Boolean known = chained;
        if (known == null) {
            known = JournalDao.hasChainColumn(handle);
            chained = known;
        }
        return known;
    }

    /** The newest entry of any terminal. */
    public Optional<JournalEntry> head(Handle handle) {
        return JournalDao.newest(handle);
    }

    /**
     * The newest entry of {@code terminal}'s chain: its hash is the head printed on that
     * terminal's reports and carried in its exports.
     */
    public Optional<JournalEntry> head(Handle handle, String terminal) {
        return JournalDao.newestOf(handle, terminal);
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

    /** The last number the counter of the chain kept before version 10 handed out. */
    public long lastIssued(Handle handle) {
        return DocSequences.last(handle, SCOPE, KIND);
    }

    /** Each terminal's chain counter: the terminal code and the last place it handed out. */
    public java.util.Map<String, Long> chainCounters(Handle handle) {
        return DocSequences.all(handle, CHAIN_KIND);
    }

    /**
     * After rows were loaded into a new database (a restore): the key sequence resumes after the
     * last entry loaded, so the next entry's key is free.
     */
    public static void resumeKeys(Handle handle) {
        DocSequences.resumeKey(handle, KEY_SEQUENCE, JournalDao.lastKey(handle) + 1);
    }

    /** Makes {@code terminal}'s chain counter, so its first entry never races to create it. */
    public void prepareChain(Handle handle, String terminal) {
        DocSequences.ensure(handle, terminal, CHAIN_KIND);
    }

    /** How many entries record {@code event} for one subject (for example, the reprints of a receipt). */
    public int count(Handle handle, String event, String subjectType, String subjectId) {
        return JournalDao.count(handle, event, subjectType, subjectId);
    }

    /**
     * Walks the chain kept before version 10, then every terminal's chain, and reports the first
     * entry that does not follow from its predecessor, naming its terminal.
     */
    public JournalVerification verify(Handle handle) {
        return JournalVerification.of(JournalDao.shared(handle), JournalDao.chains(handle));
    }

    private String detailsJson(JournalEvent event) {
        try {
            return DetailsJson.WRITER.writeValueAsString(new TreeMap<>(event.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("journal details must be plain values", e);
        }
    }
}
