-- Laboratorio distrettuale: pseudonymised case items, meetings (agenda, minutes), decisions and
-- actions. Nothing here holds a name: items carry a random case code, never the reference.
-- The stable random code under which a local case is known to the laboratorio.
CREATE TABLE lab_case_codes (
  case_id TEXT PRIMARY KEY REFERENCES cases(id), code TEXT NOT NULL UNIQUE, created TEXT NOT NULL
);
-- Items: sent by this office (case_id set) and/or received by this office as chair
-- (received set). The summary is the exact pseudonymised JSON that left or arrived.
CREATE TABLE lab_items (
  id TEXT PRIMARY KEY, case_id TEXT REFERENCES cases(id), case_code TEXT NOT NULL,
  sender_office_id TEXT NOT NULL, chair_office_id TEXT NOT NULL, summary TEXT NOT NULL,
  created TEXT NOT NULL, received TEXT, meeting_id TEXT
);
CREATE INDEX lab_items_by_meeting ON lab_items (meeting_id);
-- Meetings this office chairs (role 'chair') or was invited to (role 'member').
-- status: agenda (built) -> minutes (sent or received).
CREATE TABLE lab_meetings (
  id TEXT PRIMARY KEY, meeting_date TEXT NOT NULL, role TEXT NOT NULL,
  chair_office_id TEXT NOT NULL, network_name TEXT NOT NULL, status TEXT NOT NULL,
  agenda TEXT NOT NULL, minutes TEXT, created TEXT NOT NULL
);
-- Offices invited to / present at a meeting (names copied so minutes stay readable).
CREATE TABLE lab_attendees (
  meeting_id TEXT NOT NULL REFERENCES lab_meetings(id), office_id TEXT NOT NULL,
  name TEXT NOT NULL, kind TEXT NOT NULL, present INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (meeting_id, office_id)
);
CREATE TABLE lab_decisions (
  id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES lab_meetings(id), item_id TEXT,
  text TEXT NOT NULL, created TEXT NOT NULL
);
-- Actions agreed at a meeting. task_id links the action to a task on a local case when the
-- action is this office's and the item was its own.
CREATE TABLE lab_actions (
  id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES lab_meetings(id), item_id TEXT,
  case_code TEXT, title TEXT NOT NULL, owner_office_id TEXT NOT NULL, due TEXT,
  status TEXT NOT NULL DEFAULT 'open', done_on TEXT, task_id TEXT REFERENCES tasks(id),
  created TEXT NOT NULL
);
CREATE INDEX lab_actions_by_owner ON lab_actions (owner_office_id, status, due);
