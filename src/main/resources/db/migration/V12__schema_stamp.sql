-- A fingerprint of the migrations this database was last brought up to date with (every file's
-- name and content), so that a start can skip Flyway's scan and validation when nothing has
-- changed since. One row; rewritten after each migration. Not a record: nothing else reads it.
CREATE TABLE schema_stamp (
    id INT PRIMARY KEY,
    fingerprint VARCHAR(64) NOT NULL,
    CONSTRAINT schema_stamp_one_row CHECK (id = 1)
);
