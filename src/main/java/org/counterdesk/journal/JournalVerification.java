package org.counterdesk.journal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The result of walking the journal: how many entries were checked, each chain's length and head
 * (the chain kept before schema version 10, then every terminal's), and the first break in any
 * chain (a changed, removed or inserted entry), naming the terminal whose chain it is in.
 *
 * @param headHash the head of the chain kept before version 10 (genesis when there is none)
 */
public record JournalVerification(long checked, String headHash, List<Chain> chains, Optional<String> firstBreak) {

    /** One terminal's chain as found: how many entries, and the hash of its newest. */
    public record Chain(String terminal, long entries, String head) {
    }

    public JournalVerification {
        chains = List.copyOf(chains);
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** How many entries the chain kept before version 10 holds. */
    public long sharedEntries() {
        return checked - chains.stream().mapToLong(Chain::entries).sum();
    }

    static JournalVerification of(Iterable<JournalEntry> shared, Iterable<JournalEntry> terminals) {
        String prev = JournalEntry.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        Iterator<JournalEntry> it = shared.iterator();
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
                return new JournalVerification(checked, prev, List.of(), Optional.of(problem));
            }
            prev = e.hash();
            expectedSeq++;
            checked++;
        }
        return new Walk(checked, prev).through(terminals);
    }

    /** Walks the terminals' chains, which come one after the other, each in its own order. */
    private static final class Walk {
        private final String sharedHead;
        private final List<Chain> done = new ArrayList<>();
        private long checked;
        private String terminal;
        private long place;
        private String prev;

        Walk(long checked, String sharedHead) {
            this.checked = checked;
            this.sharedHead = sharedHead;
        }

        JournalVerification through(Iterable<JournalEntry> entries) {
            for (JournalEntry e : entries) {
                if (!e.terminal().equals(terminal)) {
                    finishChain();
                    terminal = e.terminal();
                    place = 0;
                    prev = sharedHead;
                }
                Optional<String> problem = problem(e);
                if (problem.isPresent()) {
                    return new JournalVerification(checked, sharedHead, done, problem);
                }
                prev = e.hash();
                place++;
                checked++;
            }
            finishChain();
            return new JournalVerification(checked, sharedHead, done, Optional.empty());
        }

        private Optional<String> problem(JournalEntry e) {
            String at = "terminal " + e.terminal() + ", ";
            if (e.chainSeq() != place + 1) {
                return Optional.of(at + "entry " + (place + 1) + " is missing (found " + e.chainSeq() + " next)");
            }
            if (!e.prevHash().equals(prev)) {
                return Optional.of(at + "entry " + e.chainSeq() + (place == 0
                        ? " does not start from the end of the journal kept before terminals had chains of their own"
                        : " does not point at the entry before it"));
            }
            if (!e.expectedHash().equals(e.hash())) {
                return Optional.of(at + "entry " + e.chainSeq() + " has been altered (its hash does not match its content)");
            }
            return Optional.empty();
        }

        private void finishChain() {
            if (terminal != null) {
                done.add(new Chain(terminal, place, prev));
            }
        }
    }
}
