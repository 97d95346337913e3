package org.counterdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.counterdesk.common.Counted;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.journal.JournalVerification;
import org.jdbi.v3.core.Handle;

/**
 * Ties the chains to the heads kept about them: each chain's tail to its counter, each day
 * closure's recorded head to the entry that closed the day, and every anchor (manifests,
 * acknowledgements, heads typed by finance) to an entry of the chain. A chain re-hashed after
 * an edit no longer leads to a head recorded before the edit.
 */
record ChainAnchors(Handle h, IntegrityDao dao, Journal journal) {

    /** Each chain's tail against its counter: the one kept before version 10, then every terminal's. */
    Optional<String> tail(JournalVerification chains, List<String> passed) {
        Optional<String> shared = sharedTail(chains.sharedEntries(), passed);
        if (shared.isPresent()) {
            return shared;
        }
        Map<String, Long> issued = new TreeMap<>(journal.chainCounters(h));
        Map<String, Long> found = new TreeMap<>();
        chains.chains().forEach(c -> found.put(c.terminal(), c.entries()));
        issued.keySet().forEach(t -> found.putIfAbsent(t, 0L));
        for (Map.Entry<String, Long> chain : found.entrySet()) {
            Optional<String> problem = terminalTail(chain.getKey(), chain.getValue(), issued.getOrDefault(chain.getKey(), 0L));
            if (problem.isPresent()) {
                return problem;
            }
        }
        passed.add("Journal counters: " + Counted.of(found.size(), "terminal chain", "terminal chains")
                + ", each ending at the last entry its counter issued");
        return Optional.empty();
    }

    private static Optional<String> terminalTail(String terminal, long entries, long issued) {
        if (issued > entries) {
            return Optional.of("Journal of terminal " + terminal + ": entry " + (entries + 1)
                    + (issued > entries + 1 ? " to " + issued : "") + " was issued but is missing: its chain ends at "
                    + (entries == 0 ? "no entry" : "entry " + entries) + " (entries were deleted from its end)");
        }
        if (issued < entries) {
            return Optional.of("Journal of terminal " + terminal + ": its chain holds " + entries + " entries but its "
                    + "counter has issued only " + issued + " (the counter was wound back or entries were added by hand)");
        }
        return Optional.empty();
    }

    private Optional<String> sharedTail(long entries, List<String> passed) {
        long issued = journal.lastIssued(h);
        if (issued == 0 && entries == 0) {
            return Optional.empty();
        }
        if (issued > entries) {
            return Optional.of("Journal entry " + (entries + 1) + (issued > entries + 1 ? " to " + issued : "")
                    + " was issued but is missing: the journal ends at entry " + entries
                    + " (entries were deleted from its end)");
        }
        if (issued < entries) {
            return Optional.of("The journal holds " + entries + " entries but its counter has issued only " + issued
                    + " (the counter was wound back or entries were added by hand)");
        }
        passed.add("Journal counter before terminal chains: " + issued + ", matches the last entry");
        return Optional.empty();
    }

    Optional<String> closures(List<String> passed) {
        List<IntegrityDao.Head> heads = dao.closureHeads();
        for (IntegrityDao.Head c : heads) {
            Optional<IntegrityDao.Numbered> entry = dao.closureEntry(c.holder());
            if (entry.isEmpty()) {
                return Optional.of("Day closure " + c.holder() + " has no DAY_CLOSED entry in the journal");
            }
            if (!entry.get().text().equals(c.hash())) {
                return Optional.of("Day closure " + c.holder() + " recorded the journal head " + c.hash()
                        + " but the chain's entry " + entry.get().number() + " (DAY_CLOSED) now has the hash "
                        + entry.get().text() + ": the journal was rewritten after the day was closed");
            }
        }
        passed.add("Day closure heads: " + heads.size() + " recorded heads found in the chain");
        return Optional.empty();
    }

    Optional<String> anchors(List<Anchor> given, List<String> passed) {
        List<Anchor> all = new ArrayList<>(given);
        dao.acknowledgedHeads().forEach(a -> all.add(new Anchor(null, a.hash(),
                "finance's acknowledgement of batch " + a.holder())));
        for (Anchor a : all) {
            Optional<String> problem = a.seq() == null ? byHash(a) : bySeq(a);
            if (problem.isPresent()) {
                return problem;
            }
        }
        passed.add("Anchors: " + all.size() + " journal heads held outside the database lead to this chain");
        return Optional.empty();
    }

    private Optional<String> bySeq(Anchor a) {
        Optional<JournalEntry> entry = journal.at(h, a.seq());
        if (entry.isEmpty()) {
            return Optional.of("Journal entry " + a.seq() + " named by " + a.source() + " is missing: the journal was "
                    + "cut short");
        }
        if (!entry.get().hash().equals(a.hash())) {
            return Optional.of("Journal entry " + a.seq() + " has the hash " + entry.get().hash() + " but "
                    + a.source() + " says " + a.hash() + ": the journal was rewritten up to that entry");
        }
        return Optional.empty();
    }

    private Optional<String> byHash(Anchor a) {
        if (dao.seqOfHash(a.hash()).isEmpty()) {
            return Optional.of("The journal head " + a.hash() + " held in " + a.source() + " is not in the chain: "
                    + "the journal was rewritten after it was recorded");
        }
        return Optional.empty();
    }
}
