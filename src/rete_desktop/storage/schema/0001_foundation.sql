-- Foundation: offices, contacts, cases, persons, notes, protocols, tasks, audit, search.
-- Notes and audit entries are append-only at the database level too; erasure (GDPR art. 17)
-- sets the 'erasing' flag in meta inside its own transaction.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  office_id TEXT NOT NULL,
  secret_keys BLOB NOT NULL,
  created TEXT NOT NULL
);
CREATE TABLE offices (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, address TEXT,
  phones TEXT NOT NULL DEFAULT '[]', emails TEXT NOT NULL DEFAULT '[]', on_call_hours TEXT,
  is_self INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL
);
CREATE TABLE contacts (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, office_id TEXT REFERENCES offices(id),
  role TEXT, phone TEXT, email TEXT, codice_fiscale TEXT, created TEXT NOT NULL
);
CREATE TABLE cases (
  id TEXT PRIMARY KEY, year INTEGER NOT NULL, number INTEGER NOT NULL,
  reference TEXT NOT NULL UNIQUE, title TEXT NOT NULL, status TEXT NOT NULL,
  risk TEXT NOT NULL, opened_on TEXT NOT NULL, closed_on TEXT, operator TEXT,
  consent TEXT NOT NULL DEFAULT '{}', source TEXT, received_packet_id TEXT,
  updated TEXT NOT NULL, UNIQUE (year, number)
);
CREATE INDEX cases_by_opened ON cases (opened_on);
CREATE INDEX cases_by_status ON cases (status, opened_on);
CREATE TABLE persons (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), role TEXT NOT NULL,
  name TEXT NOT NULL, birth_year INTEGER, exposure TEXT, phone TEXT, address TEXT,
  codice_fiscale TEXT, created TEXT NOT NULL
);
CREATE INDEX persons_by_case ON persons (case_id);
CREATE TABLE notes (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), created TEXT NOT NULL,
  category TEXT NOT NULL, text TEXT NOT NULL, author TEXT, amends TEXT REFERENCES notes(id)
);
CREATE INDEX notes_by_case ON notes (case_id, created);
CREATE TRIGGER notes_append_only_update BEFORE UPDATE ON notes
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER notes_append_only_delete BEFORE DELETE ON notes
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TABLE protocols (
  id TEXT PRIMARY KEY, key TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL,
  body TEXT NOT NULL, imported TEXT NOT NULL, UNIQUE (key, version)
);
CREATE TABLE tasks (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
  protocol_id TEXT REFERENCES protocols(id), step_key TEXT, title TEXT NOT NULL,
  owner_kind TEXT, due TEXT, status TEXT NOT NULL, done_on TEXT, created TEXT NOT NULL
);
CREATE INDEX tasks_by_due ON tasks (status, due);
CREATE INDEX tasks_by_case ON tasks (case_id);
CREATE TABLE drafts (case_id TEXT PRIMARY KEY REFERENCES cases(id), text TEXT NOT NULL,
  updated TEXT NOT NULL);
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  entity TEXT NOT NULL, entity_id TEXT, detail TEXT NOT NULL, prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE VIRTUAL TABLE search_index USING fts5(
  kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_cases_ins AFTER INSERT ON cases BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('case', new.id, new.id, new.reference || ' ' || new.title, '');
END;
CREATE TRIGGER search_cases_upd AFTER UPDATE OF title ON cases BEGIN
  DELETE FROM search_index WHERE kind = 'case' AND ref_id = old.id;
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('case', new.id, new.id, new.reference || ' ' || new.title, '');
END;
CREATE TRIGGER search_cases_del AFTER DELETE ON cases BEGIN
  DELETE FROM search_index WHERE case_id = old.id;
END;
CREATE TRIGGER search_persons_ins AFTER INSERT ON persons BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('person', new.id, new.case_id, new.name,
          coalesce(new.address, '') || ' ' || coalesce(new.codice_fiscale, ''));
END;
CREATE TRIGGER search_notes_ins AFTER INSERT ON notes BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('note', new.id, new.case_id, '', new.text);
END;
CREATE TRIGGER search_contacts_ins AFTER INSERT ON contacts BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('contact', new.id, NULL, new.name,
          coalesce(new.role, '') || ' ' || coalesce(new.email, ''));
END;
CREATE TRIGGER search_contacts_upd AFTER UPDATE ON contacts BEGIN
  DELETE FROM search_index WHERE kind = 'contact' AND ref_id = old.id;
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('contact', new.id, NULL, new.name,
          coalesce(new.role, '') || ' ' || coalesce(new.email, ''));
END;
CREATE TRIGGER search_offices_ins AFTER INSERT ON offices BEGIN
  INSERT INTO search_index (kind, ref_id, case_id, title, body)
  VALUES ('office', new.id, NULL, new.name, coalesce(new.address, ''));
END;
