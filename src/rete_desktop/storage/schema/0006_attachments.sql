-- Attachments of a case: files (a scanned report, a medical certificate, a photo) kept INSIDE
-- the encrypted vault as BLOBs. Append-only like notes: an attachment is never edited or
-- deleted, except by the erasure of its case (the 'erasing' flag in meta, see storage/erasure.py).
-- source: NULL when added at this office, 'referral' when it came with a received referral.
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL,
  added TEXT NOT NULL,
  operator TEXT,
  source TEXT,
  data BLOB NOT NULL,
  CHECK (length(data) = size)
);
CREATE INDEX attachments_by_case ON attachments (case_id, added);
CREATE TRIGGER attachments_append_only_update BEFORE UPDATE ON attachments
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
CREATE TRIGGER attachments_append_only_delete BEFORE DELETE ON attachments
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
-- Found by file name in the global search (the content is not indexed).
CREATE TRIGGER search_attachments_ins AFTER INSERT ON attachments BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('attachment', new.id, new.case_id, new.name, '');
END;
