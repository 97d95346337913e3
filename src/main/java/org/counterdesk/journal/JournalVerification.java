package org.counterdesk.journal;

import java.util.Iterator;
import java.util.Optional;

/**
 * The result of walking the journal: how many entries were checked, the head hash, and the
 * first break in the chain (a changed, removed or inserted entry), if any.
 */
public record JournalVerification(long checked, String headHash, Optional<String> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    static JournalVerification of(Iterable<JournalEntry> entries) {
        String prev = JournalEntry.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        Iterator<JournalEntry> it = entries.iterator();
        while (it.hasNext()) {
            JournalEntry e = it.next();
            String problem = null;
            if (e.seq() != expectedSeq) {
                problem = "entry " + expectedSeq + " is missing (found " + e.seq() + " next)";
            } else if (!e.prevHash().equals(prev)) {
                problem = "entry " + e.seq() + " does not point at the entry before it";
            } else if (!e.expectedHash().equals(e.hash())) {
                problem = "entry " + e.seq() + " has been altered (its hash does not match its content)";
            }
            if (problem != null) {
                return new JournalVerification(checked, prev, Optional.of(problem));
            }
            prev = e.hash();
            expectedSeq++;
            checked++;
        }
        return new JournalVerification(checked, prev, Optional.empty());
    }
}
