-- The case record the network works on: risk instruments and assessments, relations between
-- persons, forms of violence, protective measures and legal steps, source of access, services,
-- and sharing decisions with their true legal basis (docs/case-record.md).
-- Every case-owned table points at cases (or persons) with NOT NULL foreign keys, so a case
-- erasure finds and deletes their rows; assessments and sharing decisions are append-only
-- except while an erasure runs (the 'erasing' flag, as for notes).
CREATE TABLE risk_instruments (
  id TEXT PRIMARY KEY, key TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL,
  body TEXT NOT NULL, imported TEXT NOT NULL, UNIQUE (key, version)
);
CREATE TABLE risk_assessments (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), assessed_on TEXT NOT NULL,
  instrument_key TEXT NOT NULL, instrument_version INTEGER NOT NULL, answers TEXT NOT NULL,
  score INTEGER NOT NULL, computed_level TEXT NOT NULL, level TEXT NOT NULL, reason TEXT,
  operator TEXT NOT NULL, created TEXT NOT NULL
);
CREATE INDEX risk_assessments_by_case ON risk_assessments (case_id, assessed_on, created);
CREATE TRIGGER risk_assessments_append_only_update BEFORE UPDATE ON risk_assessments
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'risk assessments are append-only'); END;
CREATE TRIGGER risk_assessments_append_only_delete BEFORE DELETE ON risk_assessments
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'risk assessments are append-only'); END;
CREATE TABLE person_relations (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
  person_id TEXT NOT NULL REFERENCES persons(id), to_person_id TEXT NOT NULL REFERENCES persons(id),
  relation TEXT NOT NULL, created TEXT NOT NULL, UNIQUE (person_id, to_person_id)
);
CREATE INDEX person_relations_by_case ON person_relations (case_id);
CREATE TABLE violence_forms (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), form TEXT NOT NULL,
  since TEXT, until TEXT, created TEXT NOT NULL, UNIQUE (case_id, form)
);
CREATE TABLE case_measures (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL,
  on_date TEXT NOT NULL, detail TEXT, created TEXT NOT NULL
);
CREATE INDEX case_measures_by_case ON case_measures (case_id, on_date);
CREATE TABLE case_services (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL,
  start_on TEXT, end_on TEXT, children INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL
);
CREATE INDEX case_services_by_case ON case_services (case_id, start_on);
CREATE TABLE sharing_decisions (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), share_with TEXT NOT NULL,
  basis TEXT NOT NULL, norm TEXT, collected TEXT, reason TEXT NOT NULL, decided_on TEXT NOT NULL,
  operator TEXT NOT NULL, created TEXT NOT NULL
);
CREATE INDEX sharing_decisions_by_case ON sharing_decisions (case_id, decided_on);
CREATE TRIGGER sharing_decisions_append_only_update BEFORE UPDATE ON sharing_decisions
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'sharing decisions are append-only'); END;
CREATE TRIGGER sharing_decisions_append_only_delete BEFORE DELETE ON sharing_decisions
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'erasing')
  BEGIN SELECT RAISE(ABORT, 'sharing decisions are append-only'); END;
-- The source of access in the ISTAT sense (how the woman reached the service); the older
-- 'source' column keeps the technical origin (e.g. 'referral' for a received packet).
ALTER TABLE cases ADD COLUMN access_source TEXT;
UPDATE cases SET access_source = CASE source
  WHEN 'spontaneous' THEN 'spontaneous' WHEN '1522' THEN 'helpline_1522'
  WHEN 'carabinieri' THEN 'police' WHEN 'police' THEN 'police'
  WHEN 'social_services' THEN 'social_services' WHEN 'hospital' THEN 'health_service'
  WHEN 'consultorio' THEN 'health_service' WHEN 'referral' THEN 'network_member'
  ELSE NULL END;
