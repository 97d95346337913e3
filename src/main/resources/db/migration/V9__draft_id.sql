-- Each receipt keeps the id of the draft it was posted from, so posting the same draft again
-- (a retry after a failure whose outcome was unknown) finds the receipt instead of making a
-- second one. Receipts posted before this column existed have none (NULLs never clash).
ALTER TABLE receipt ADD COLUMN draft_id UUID;
CREATE UNIQUE INDEX receipt_draft_id ON receipt (draft_id);
