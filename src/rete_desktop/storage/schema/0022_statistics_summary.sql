-- A year's statistics read counters kept up to date on write (issue 14): counting them from the
-- year's cases at every visit looked up each case in persons, notes, relations, forms and
-- services (2.3 s for a year of 48k cases at 100k, even with covering indexes), and summing a
-- narrow row per case is still a pass over 48k rows. Here the same transaction that changes a
-- case changes its figures (triggers, so every path that writes is covered: the app, imports,
-- the demo, raw SQL), and erasing the case takes its figures away.
--
-- Three layers, each defined once:
--   case_figures   (view)  a case's figures computed from the raw tables: the definition;
--   case_stats     (table) those figures per case, refreshed by the triggers below from the view;
--   stats_counts   (table) per year, facet and code, the sum of the year's case_stats rows, kept
--                          by the triggers on case_stats through the view case_stats_keys.
-- stats/aggregates.py reads stats_counts; tests/test_stats_summary.py checks after random writes
-- that case_stats equals case_figures and that the statistics equal a count from the raw tables.

-- The bit of each violence form and service kind in case_stats.forms / .services. A new code in
-- domain/vocabulary.py needs a migration adding its bit (tests/test_stats_summary.py checks).
CREATE TABLE stats_codes (
  facet TEXT NOT NULL, code TEXT NOT NULL, bit INTEGER NOT NULL,
  PRIMARY KEY (facet, code)
) WITHOUT ROWID;
INSERT INTO stats_codes (facet, code, bit) VALUES
  ('form', 'physical', 1), ('form', 'psychological', 2), ('form', 'economic', 4),
  ('form', 'sexual', 8), ('form', 'stalking', 16), ('form', 'witnessed', 32),
  ('form', 'online', 64),
  ('service', 'listening', 1), ('service', 'legal', 2), ('service', 'psychological', 4),
  ('service', 'shelter', 8), ('service', 'work_support', 16), ('service', 'housing_support', 32),
  ('service', 'other', 64);

-- A case's figures from the raw tables, each through an index by case (schema 0020). The
-- offender's relation to the woman: the first recorded; the first contact: the earliest
-- interview, call or visit note, or start of a service.
CREATE VIEW case_figures AS SELECT
  c.opened_on, c.id AS case_id, c.risk, c.source, c.access_source,
  (SELECT r.relation FROM person_relations r
     JOIN persons o ON o.id = r.person_id AND o.role = 'offender'
     JOIN persons w ON w.id = r.to_person_id AND w.role = 'victim'
    WHERE r.case_id = c.id ORDER BY r.created, r.rowid LIMIT 1) AS relation,
  (SELECT coalesce(sum(DISTINCT b.bit), 0) FROM violence_forms f
     JOIN stats_codes b ON b.facet = 'form' AND b.code = f.form WHERE f.case_id = c.id) AS forms,
  (SELECT coalesce(sum(DISTINCT b.bit), 0) FROM case_services s
     JOIN stats_codes b ON b.facet = 'service' AND b.code = s.kind
    WHERE s.case_id = c.id) AS services,
  (SELECT count(*) FROM persons p WHERE p.case_id = c.id AND p.role = 'child') AS children,
  (SELECT count(*) FROM persons p WHERE p.case_id = c.id AND p.role = 'child'
      AND p.exposure = 'witnessed') AS witnessed,
  (SELECT count(*) FROM persons p WHERE p.case_id = c.id AND p.role = 'child'
      AND p.exposure = 'direct') AS direct,
  (SELECT min(first) FROM (
     SELECT (SELECT substr(n.created, 1, 10) FROM notes n WHERE n.case_id = c.id
               AND n.category IN ('interview', 'call', 'visit') ORDER BY n.created LIMIT 1)
            AS first
     UNION ALL SELECT min(s.start_on) FROM case_services s WHERE s.case_id = c.id))
    AS first_contact
FROM cases c;

-- One row per case, in order of opening (a year is one range of the table).
CREATE TABLE case_stats (
  opened_on TEXT NOT NULL, case_id TEXT NOT NULL, risk TEXT NOT NULL, source TEXT,
  access_source TEXT, relation TEXT, forms INTEGER NOT NULL, services INTEGER NOT NULL,
  children INTEGER NOT NULL, witnessed INTEGER NOT NULL, direct INTEGER NOT NULL,
  first_contact TEXT,
  PRIMARY KEY (opened_on, case_id)
) WITHOUT ROWID;

-- What one case_stats row adds to its year's counters (facet, code, n); rows with n = 0 are
-- left out. A trigger asks for one case's keys: SQLite pushes its opened_on and case_id into
-- every branch, each a look-up by primary key.
CREATE VIEW case_stats_keys AS
  SELECT opened_on, case_id, 'month' AS facet, substr(opened_on, 6, 2) AS code, 1 AS n
    FROM case_stats
  UNION ALL SELECT opened_on, case_id, 'risk', risk, 1 FROM case_stats
  UNION ALL SELECT opened_on, case_id, 'source', coalesce(source, ''), 1 FROM case_stats
  UNION ALL SELECT opened_on, case_id, 'access', coalesce(access_source, ''), 1 FROM case_stats
  UNION ALL SELECT opened_on, case_id, 'relation', coalesce(relation, ''), 1 FROM case_stats
  UNION ALL SELECT opened_on, case_id, 'children', 'cases', 1 FROM case_stats
    WHERE children > 0
  UNION ALL SELECT opened_on, case_id, 'exposure', 'witnessed', witnessed FROM case_stats
    WHERE witnessed > 0
  UNION ALL SELECT opened_on, case_id, 'exposure', 'direct', direct FROM case_stats
    WHERE direct > 0
  UNION ALL SELECT opened_on, case_id, 'exposure', 'unknown', children - witnessed - direct
    FROM case_stats WHERE children - witnessed - direct > 0
  UNION ALL SELECT opened_on, case_id, 'contact', 'cases', 1 FROM case_stats
    WHERE first_contact IS NOT NULL
  UNION ALL SELECT opened_on, case_id, 'contact', 'dated', 1 FROM case_stats
    WHERE julianday(first_contact) - julianday(opened_on) IS NOT NULL
  UNION ALL SELECT opened_on, case_id, 'contact', 'days',
      max(0, julianday(first_contact) - julianday(opened_on)) FROM case_stats
    WHERE julianday(first_contact) - julianday(opened_on) > 0
  UNION ALL SELECT s.opened_on, s.case_id, b.facet, b.code, 1 FROM case_stats s
    JOIN stats_codes b ON b.facet = 'form' AND s.forms & b.bit
  UNION ALL SELECT s.opened_on, s.case_id, b.facet, b.code, 1 FROM case_stats s
    JOIN stats_codes b ON b.facet = 'service' AND s.services & b.bit;

CREATE TABLE stats_counts (
  year INTEGER NOT NULL, facet TEXT NOT NULL, code TEXT NOT NULL, n NUMERIC NOT NULL,
  PRIMARY KEY (year, facet, code)
) WITHOUT ROWID;

-- Existing vaults: every case's figures, then the counters in one pass (the triggers that keep
-- them come after, so the bulk insert does not add them row by row).
INSERT INTO case_stats SELECT * FROM case_figures;
INSERT INTO stats_counts (year, facet, code, n)
  SELECT CAST(substr(opened_on, 1, 4) AS INTEGER), facet, code, sum(n) FROM case_stats_keys
  GROUP BY 1, 2, 3;

-- The counters follow case_stats: a row's keys are added when it appears, taken away (before
-- the change, while the row still holds them) when it changes or goes. A counter back at zero
-- is deleted: a referral source of an erased case must not stay behind as a key.
CREATE TRIGGER stats_counts_add AFTER INSERT ON case_stats BEGIN
  INSERT INTO stats_counts (year, facet, code, n)
  SELECT CAST(substr(opened_on, 1, 4) AS INTEGER), facet, code, n FROM case_stats_keys
   WHERE opened_on = new.opened_on AND case_id = new.case_id
  ON CONFLICT (year, facet, code) DO UPDATE SET n = stats_counts.n + excluded.n;
END;
CREATE TRIGGER stats_counts_take BEFORE DELETE ON case_stats BEGIN
  INSERT INTO stats_counts (year, facet, code, n)
  SELECT CAST(substr(opened_on, 1, 4) AS INTEGER), facet, code, -n FROM case_stats_keys
   WHERE opened_on = old.opened_on AND case_id = old.case_id
  ON CONFLICT (year, facet, code) DO UPDATE SET n = stats_counts.n + excluded.n;
  DELETE FROM stats_counts WHERE year = CAST(substr(old.opened_on, 1, 4) AS INTEGER) AND n = 0;
END;
CREATE TRIGGER stats_counts_change_take BEFORE UPDATE ON case_stats
  WHEN (old.opened_on, old.risk, old.source, old.access_source, old.relation, old.forms,
        old.services, old.children, old.witnessed, old.direct, old.first_contact)
    IS NOT (new.opened_on, new.risk, new.source, new.access_source, new.relation, new.forms,
            new.services, new.children, new.witnessed, new.direct, new.first_contact)
BEGIN
  INSERT INTO stats_counts (year, facet, code, n)
  SELECT CAST(substr(opened_on, 1, 4) AS INTEGER), facet, code, -n FROM case_stats_keys
   WHERE opened_on = old.opened_on AND case_id = old.case_id
  ON CONFLICT (year, facet, code) DO UPDATE SET n = stats_counts.n + excluded.n;
END;
CREATE TRIGGER stats_counts_change_add AFTER UPDATE ON case_stats
  WHEN (old.opened_on, old.risk, old.source, old.access_source, old.relation, old.forms,
        old.services, old.children, old.witnessed, old.direct, old.first_contact)
    IS NOT (new.opened_on, new.risk, new.source, new.access_source, new.relation, new.forms,
            new.services, new.children, new.witnessed, new.direct, new.first_contact)
BEGIN
  INSERT INTO stats_counts (year, facet, code, n)
  SELECT CAST(substr(opened_on, 1, 4) AS INTEGER), facet, code, n FROM case_stats_keys
   WHERE opened_on = new.opened_on AND case_id = new.case_id
  ON CONFLICT (year, facet, code) DO UPDATE SET n = stats_counts.n + excluded.n;
  DELETE FROM stats_counts WHERE year = CAST(substr(old.opened_on, 1, 4) AS INTEGER) AND n = 0;
END;

-- case_stats follows the raw tables. A case's row: made with the case, moved with its opening
-- date, risk or sources, gone with it (erasure deletes it first: erasure.CASE_DATA).
CREATE TRIGGER stats_cases_ins AFTER INSERT ON cases BEGIN
  INSERT INTO case_stats SELECT * FROM case_figures WHERE case_id = new.id;
END;
CREATE TRIGGER stats_cases_upd AFTER UPDATE OF opened_on, risk, source, access_source ON cases
BEGIN
  UPDATE case_stats SET opened_on = new.opened_on, risk = new.risk, source = new.source,
    access_source = new.access_source
   WHERE opened_on = old.opened_on AND case_id = old.id;
END;
CREATE TRIGGER stats_cases_del AFTER DELETE ON cases BEGIN
  DELETE FROM case_stats WHERE opened_on = old.opened_on AND case_id = old.id;
END;

-- Children and the offender's relation: a child added or removed, a role or exposure changed.
CREATE TRIGGER stats_persons_ins AFTER INSERT ON persons WHEN new.role = 'child' BEGIN
  UPDATE case_stats SET (children, witnessed, direct) =
    (SELECT children, witnessed, direct FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;
CREATE TRIGGER stats_persons_del AFTER DELETE ON persons WHEN old.role = 'child' BEGIN
  UPDATE case_stats SET (children, witnessed, direct) =
    (SELECT children, witnessed, direct FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
END;
CREATE TRIGGER stats_persons_upd AFTER UPDATE OF case_id, role, exposure ON persons BEGIN
  UPDATE case_stats SET (children, witnessed, direct, relation) =
    (SELECT children, witnessed, direct, relation FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
  UPDATE case_stats SET (children, witnessed, direct, relation) =
    (SELECT children, witnessed, direct, relation FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;

CREATE TRIGGER stats_relations_ins AFTER INSERT ON person_relations BEGIN
  UPDATE case_stats SET relation =
    (SELECT relation FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;
CREATE TRIGGER stats_relations_del AFTER DELETE ON person_relations BEGIN
  UPDATE case_stats SET relation =
    (SELECT relation FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
END;
CREATE TRIGGER stats_relations_upd AFTER UPDATE ON person_relations BEGIN
  UPDATE case_stats SET relation =
    (SELECT relation FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
  UPDATE case_stats SET relation =
    (SELECT relation FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;

CREATE TRIGGER stats_forms_ins AFTER INSERT ON violence_forms BEGIN
  UPDATE case_stats SET forms = (SELECT forms FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;
CREATE TRIGGER stats_forms_del AFTER DELETE ON violence_forms BEGIN
  UPDATE case_stats SET forms = (SELECT forms FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
END;
CREATE TRIGGER stats_forms_upd AFTER UPDATE OF case_id, form ON violence_forms BEGIN
  UPDATE case_stats SET forms = (SELECT forms FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
  UPDATE case_stats SET forms = (SELECT forms FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;

-- A service counts for its kind and, by its start, for the first contact.
CREATE TRIGGER stats_services_ins AFTER INSERT ON case_services BEGIN
  UPDATE case_stats SET (services, first_contact) =
    (SELECT services, first_contact FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;
CREATE TRIGGER stats_services_del AFTER DELETE ON case_services BEGIN
  UPDATE case_stats SET (services, first_contact) =
    (SELECT services, first_contact FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
END;
CREATE TRIGGER stats_services_upd AFTER UPDATE OF case_id, kind, start_on ON case_services BEGIN
  UPDATE case_stats SET (services, first_contact) =
    (SELECT services, first_contact FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
  UPDATE case_stats SET (services, first_contact) =
    (SELECT services, first_contact FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;

-- Notes are saved all day: only a conversation note can move the first contact, and only
-- earlier (notes are append-only; erasure deletes the case's row before its notes).
CREATE TRIGGER stats_notes_ins AFTER INSERT ON notes
  WHEN new.category IN ('interview', 'call', 'visit')
BEGIN
  UPDATE case_stats SET first_contact = substr(new.created, 1, 10)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id
     AND (first_contact IS NULL OR first_contact > substr(new.created, 1, 10));
END;
CREATE TRIGGER stats_notes_del AFTER DELETE ON notes
  WHEN old.category IN ('interview', 'call', 'visit')
BEGIN
  UPDATE case_stats SET first_contact =
    (SELECT first_contact FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
END;
CREATE TRIGGER stats_notes_upd AFTER UPDATE OF case_id, created, category ON notes BEGIN
  UPDATE case_stats SET first_contact =
    (SELECT first_contact FROM case_figures WHERE case_id = old.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = old.case_id)
     AND case_id = old.case_id;
  UPDATE case_stats SET first_contact =
    (SELECT first_contact FROM case_figures WHERE case_id = new.case_id)
   WHERE opened_on = (SELECT opened_on FROM cases WHERE id = new.case_id)
     AND case_id = new.case_id;
END;

-- Shelter stays (the shelter survey): a stay counts in every year it overlaps, with its days in
-- that year. Scanning the stays that started before the year's end read every earlier year's
-- stays; instead each ended stay has one row per year it overlaps (stay_years), and the stays
-- still open are found through an index of their own (a shelter's current guests).
CREATE TABLE stats_years (year INTEGER PRIMARY KEY);
INSERT INTO stats_years (year)
  WITH RECURSIVE n(year) AS (SELECT 1 UNION ALL SELECT year + 1 FROM n WHERE year < 9999)
  SELECT year FROM n;
CREATE VIEW stay_years_of AS SELECT
  s.case_id, s.id AS service_id, y.year, s.children,
  max(0, julianday(min(s.end_on, printf('%04d-01-01', y.year + 1)))
         - julianday(max(s.start_on, printf('%04d-01-01', y.year)))) AS days
FROM case_services s JOIN stats_years y
  ON y.year BETWEEN CAST(substr(s.start_on, 1, 4) AS INTEGER)
                AND CAST(substr(s.end_on, 1, 4) AS INTEGER)
WHERE s.kind = 'shelter' AND s.start_on IS NOT NULL AND s.end_on IS NOT NULL;
CREATE TABLE stay_years (
  case_id TEXT NOT NULL, service_id TEXT NOT NULL, year INTEGER NOT NULL,
  children INTEGER NOT NULL, days NUMERIC NOT NULL,
  PRIMARY KEY (case_id, service_id, year)
) WITHOUT ROWID;
INSERT INTO stay_years SELECT * FROM stay_years_of;
CREATE INDEX stay_years_by_year ON stay_years (year, case_id, children, days);
CREATE INDEX case_services_open_stays
  ON case_services (kind, end_on, start_on, case_id, children)
  WHERE kind = 'shelter' AND end_on IS NULL;
CREATE TRIGGER stats_stays_ins AFTER INSERT ON case_services WHEN new.kind = 'shelter' BEGIN
  INSERT INTO stay_years SELECT * FROM stay_years_of WHERE service_id = new.id;
END;
CREATE TRIGGER stats_stays_del AFTER DELETE ON case_services WHEN old.kind = 'shelter' BEGIN
  DELETE FROM stay_years WHERE case_id = old.case_id AND service_id = old.id;
END;
CREATE TRIGGER stats_stays_upd AFTER UPDATE OF id, case_id, kind, start_on, end_on, children
  ON case_services WHEN old.kind = 'shelter' OR new.kind = 'shelter'
BEGIN
  DELETE FROM stay_years WHERE case_id = old.case_id AND service_id = old.id;
  INSERT INTO stay_years SELECT * FROM stay_years_of WHERE service_id = new.id;
END;

-- Protocol deadlines of a year: a task done counts as met or missed by its due year, kept as
-- counters (a busy year has hundreds of thousands of tasks, each read to compare its dates);
-- an open task is missed once its day has passed, which depends on today: those are counted at
-- read time from tasks_by_due (status, due), the overdue ones only.
CREATE VIEW task_outcomes AS
  SELECT id, CAST(substr(due, 1, 4) AS INTEGER) AS year,
         CASE WHEN done_on <= due THEN 'met' ELSE 'missed' END AS outcome
    FROM tasks WHERE status = 'done' AND due IS NOT NULL AND done_on IS NOT NULL;
CREATE TABLE task_counts (
  year INTEGER NOT NULL, outcome TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (year, outcome)
) WITHOUT ROWID;
INSERT INTO task_counts (year, outcome, n)
  SELECT year, outcome, count(*) FROM task_outcomes GROUP BY 1, 2;
CREATE TRIGGER stats_tasks_ins AFTER INSERT ON tasks WHEN new.status = 'done' BEGIN
  INSERT INTO task_counts (year, outcome, n)
  SELECT year, outcome, 1 FROM task_outcomes WHERE id = new.id
  ON CONFLICT (year, outcome) DO UPDATE SET n = task_counts.n + 1;
END;
CREATE TRIGGER stats_tasks_del BEFORE DELETE ON tasks WHEN old.status = 'done' BEGIN
  INSERT INTO task_counts (year, outcome, n)
  SELECT year, outcome, -1 FROM task_outcomes WHERE id = old.id
  ON CONFLICT (year, outcome) DO UPDATE SET n = task_counts.n - 1;
  DELETE FROM task_counts WHERE n = 0;
END;
CREATE TRIGGER stats_tasks_change_take BEFORE UPDATE OF id, status, due, done_on ON tasks
  WHEN old.status = 'done'
BEGIN
  INSERT INTO task_counts (year, outcome, n)
  SELECT year, outcome, -1 FROM task_outcomes WHERE id = old.id
  ON CONFLICT (year, outcome) DO UPDATE SET n = task_counts.n - 1;
END;
CREATE TRIGGER stats_tasks_change_add AFTER UPDATE OF id, status, due, done_on ON tasks
  WHEN old.status = 'done' OR new.status = 'done'
BEGIN
  INSERT INTO task_counts (year, outcome, n)
  SELECT year, outcome, 1 FROM task_outcomes WHERE id = new.id
  ON CONFLICT (year, outcome) DO UPDATE SET n = task_counts.n + 1;
  DELETE FROM task_counts WHERE n = 0;
END;
