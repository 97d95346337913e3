-- Counterdesk schema, version 10: one journal chain per terminal, so that the counters of a
-- site never wait on each other's chain head.
--
-- Entries written from now on carry chain_seq, their place (1, 2, 3 ...) in the chain of their
-- terminal; each links to the entry before it in that chain, and a chain's first entry links to
-- the last entry written before this version (or to the genesis hash on a new database). The
-- entries already written keep chain_seq NULL: they stay one chain, checked as before (see
-- org.counterdesk.journal.JournalEntry). seq stays the key of every entry; from now on it comes
-- from the journal_key sequence made by V10_1 (it may have gaps: the chains are what count).
ALTER TABLE journal ADD COLUMN chain_seq BIGINT;
CREATE UNIQUE INDEX journal_chain ON journal (terminal, chain_seq);
-- Each terminal's chain counter, made now for the terminals there are, so that no two posts ever
-- race to create one (a terminal that joins later gets its own when it joins).
INSERT INTO doc_sequence (scope, kind, last_value) SELECT code, 'CHAIN', 0 FROM terminal;
