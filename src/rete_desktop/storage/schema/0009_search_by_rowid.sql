-- The full-text index, deletable by rowid. search_index's kind/ref_id/case_id are UNINDEXED:
-- a DELETE filtering on them reads every row of the index (seconds at 100k cases, on every
-- contact edit and every erasure). search_keys holds the same three values for each index row
-- under the same rowid, with b-tree indexes, so the triggers find the rows to delete there and
-- delete them from the index by rowid. Search queries and results are unchanged.
-- 'secure-delete' makes FTS5 remove a deleted row's words from the index at once (instead of
-- leaving them in old segments until a merge): an erasure needs no 'optimize' of the whole index.
-- The one 'optimize' here purges what earlier deletes left in old segments.
CREATE TABLE search_keys (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref_id TEXT NOT NULL, case_id TEXT
);
INSERT INTO search_keys (id, kind, ref_id, case_id)
  SELECT rowid, kind, ref_id, case_id FROM search_index;
CREATE INDEX search_keys_by_ref ON search_keys (ref_id, kind);
CREATE INDEX search_keys_by_case ON search_keys (case_id);
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_index (search_index) VALUES ('optimize');
DROP TRIGGER search_cases_ins;
DROP TRIGGER search_persons_ins;
DROP TRIGGER search_notes_ins;
DROP TRIGGER search_contacts_ins;
DROP TRIGGER search_offices_ins;
DROP TRIGGER search_attachments_ins;
DROP TRIGGER search_cases_upd;
DROP TRIGGER search_cases_del;
DROP TRIGGER search_contacts_upd;
CREATE TRIGGER search_cases_ins AFTER INSERT ON cases BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('case', new.id, new.id, new.reference || ' ' || new.title, '');
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'case', new.id, new.id);
END;
CREATE TRIGGER search_persons_ins AFTER INSERT ON persons BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('person', new.id, new.case_id, new.name, coalesce(new.address, '') || ' ' || coalesce(new.codice_fiscale, ''));
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'person', new.id, new.case_id);
END;
CREATE TRIGGER search_notes_ins AFTER INSERT ON notes BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('note', new.id, new.case_id, '', new.text);
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'note', new.id, new.case_id);
END;
CREATE TRIGGER search_contacts_ins AFTER INSERT ON contacts BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('contact', new.id, NULL, new.name, coalesce(new.role, '') || ' ' || coalesce(new.email, ''));
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'contact', new.id, NULL);
END;
CREATE TRIGGER search_offices_ins AFTER INSERT ON offices BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('office', new.id, NULL, new.name, coalesce(new.address, ''));
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'office', new.id, NULL);
END;
CREATE TRIGGER search_attachments_ins AFTER INSERT ON attachments BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('attachment', new.id, new.case_id, new.name, '');
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'attachment', new.id, new.case_id);
END;
CREATE TRIGGER search_cases_upd AFTER UPDATE OF title ON cases BEGIN
  DELETE FROM search_index WHERE rowid IN
    (SELECT id FROM search_keys WHERE ref_id = old.id AND kind = 'case');
  DELETE FROM search_keys WHERE ref_id = old.id AND kind = 'case';
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('case', new.id, new.id, new.reference || ' ' || new.title, '');
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'case', new.id, new.id);
END;
CREATE TRIGGER search_contacts_upd AFTER UPDATE ON contacts BEGIN
  DELETE FROM search_index WHERE rowid IN
    (SELECT id FROM search_keys WHERE ref_id = old.id AND kind = 'contact');
  DELETE FROM search_keys WHERE ref_id = old.id AND kind = 'contact';
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('contact', new.id, NULL, new.name, coalesce(new.role, '') || ' ' || coalesce(new.email, ''));
  INSERT INTO search_keys (id, kind, ref_id, case_id)
  VALUES (last_insert_rowid(), 'contact', new.id, NULL);
END;
-- Everything indexed under the case (the case, its persons, notes and attachments).
CREATE TRIGGER search_cases_del AFTER DELETE ON cases BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_keys WHERE case_id = old.id);
  DELETE FROM search_keys WHERE case_id = old.id;
END;
