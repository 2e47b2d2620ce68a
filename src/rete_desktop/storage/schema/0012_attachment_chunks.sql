-- Attachment bytes move into chunks of 256 KiB (issue 14): adding, exporting and sending a
-- 25 MB file then reads and writes one chunk at a time, instead of holding the whole file and
-- SQLite's copies of it in memory. The SHA-256 recorded when the file was added still covers
-- the whole file and is checked on every read. SQLite cannot drop a column that a CHECK names,
-- so the table is rebuilt without `data` (its index and triggers with it; the search trigger
-- as 0009 left it). Chunks are append-only like their attachment and go with it on erasure
-- (cascade, while the 'erasing' flag is set). The foreign key is deferred: the chunks are
-- written before the row that records their hash.
CREATE TABLE attachments_new (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL,
  added TEXT NOT NULL,
  operator TEXT,
  source TEXT
);
INSERT INTO attachments_new (id, case_id, name, media_type, size, sha256, added, operator, source)
SELECT id, case_id, name, media_type, size, sha256, added, operator, source FROM attachments;
CREATE TABLE attachment_chunks (
  attachment_id TEXT NOT NULL
    REFERENCES attachments_new(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  data BLOB NOT NULL,
  UNIQUE (attachment_id, seq)
);
INSERT INTO attachment_chunks (attachment_id, seq, data)
WITH RECURSIVE pieces (id, seq) AS (
  SELECT id, 0 FROM attachments WHERE size > 0
  UNION ALL
  SELECT p.id, p.seq + 1 FROM pieces p JOIN attachments a ON a.id = p.id
  WHERE (p.seq + 1) * 262144 < a.size
)
SELECT p.id, p.seq, substr(a.data, p.seq * 262144 + 1, 262144)
FROM pieces p JOIN attachments a ON a.id = p.id;
DROP TABLE attachments;
ALTER TABLE attachments_new RENAME TO attachments;
CREATE INDEX attachments_by_case ON attachments (case_id, added);
CREATE TRIGGER attachments_append_only_update BEFORE UPDATE ON attachments
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
CREATE TRIGGER attachments_append_only_delete BEFORE DELETE ON attachments
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
CREATE TRIGGER attachment_chunks_append_only_update BEFORE UPDATE ON attachment_chunks
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
CREATE TRIGGER attachment_chunks_append_only_delete BEFORE DELETE ON attachment_chunks
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
CREATE TRIGGER search_attachments_ins AFTER INSERT ON attachments BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('attachment', new.id, new.case_id, new.name, '');
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'attachment', new.id, new.case_id);
END;
