-- Attachment contents move out of the database into sealed files beside it (issue 14,
-- storage/attachment_files.py): `file` is the file's random name in <vault>/attachments/,
-- `file_key` its own AES-256 key, kept only here (erasing the row leaves the file unreadable).
-- NULL in both: the bytes are still in attachment_chunks (a vault from before 0023 whose
-- attachments have not been moved yet; the first writable unlock moves them).
ALTER TABLE attachments ADD COLUMN file TEXT;
ALTER TABLE attachments ADD COLUMN file_key BLOB;
CREATE UNIQUE INDEX attachments_by_file ON attachments (file) WHERE file IS NOT NULL;
-- Still append-only, with one exception: moving a legacy attachment's bytes into its file sets
-- `file` and `file_key` once (both together), changing nothing else.
DROP TRIGGER attachments_append_only_update;
CREATE TRIGGER attachments_append_only_update BEFORE UPDATE ON attachments
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
   AND NOT (old.file IS NULL AND old.file_key IS NULL
            AND new.file IS NOT NULL AND length(new.file_key) = 32
            AND new.id IS old.id AND new.case_id IS old.case_id AND new.name IS old.name
            AND new.media_type IS old.media_type AND new.size IS old.size
            AND new.sha256 IS old.sha256 AND new.added IS old.added
            AND new.operator IS old.operator AND new.source IS old.source)
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
-- ... and the chunks of an attachment that has its file go once the file is written.
DROP TRIGGER attachment_chunks_append_only_delete;
CREATE TRIGGER attachment_chunks_append_only_delete BEFORE DELETE ON attachment_chunks
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
   AND NOT EXISTS (SELECT 1 FROM attachments WHERE id = old.attachment_id AND file IS NOT NULL)
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
