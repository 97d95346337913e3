-- Seals: a journal entry that writes a record carries the SHA-256 of the record's canonical
-- rows (org.counterdesk.seal.Canonical), with the record's kind and key, so that verify can
-- recompute every record from its rows. Entries with a seal use canonical version CDJ2.
ALTER TABLE journal ADD COLUMN record_kind VARCHAR(40);
ALTER TABLE journal ADD COLUMN record_key BIGINT;
ALTER TABLE journal ADD COLUMN seal CHAR(64);
CREATE INDEX journal_record ON journal (record_kind, record_key);

-- Finance may echo the journal head of a batch in its acknowledgement: kept as an anchor.
ALTER TABLE batch_event ADD COLUMN journal_head CHAR(64);
