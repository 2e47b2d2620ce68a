-- Network handbook: member profiles, the common glossary, prevention actions, protocol updates.
-- Profiles are kept exactly as their office signed them (body + SSHSIG), so a coordinator can
-- republish them and every receiver can check them against the directory's member keys.
CREATE TABLE office_profiles (
  office_id TEXT PRIMARY KEY, revision INTEGER NOT NULL, body TEXT NOT NULL,
  signature TEXT NOT NULL, signing_key TEXT NOT NULL, stored TEXT NOT NULL
);
-- One row per term and language; 'origin' is 'local' (edited here) or 'network' (received).
CREATE TABLE glossary_terms (
  key TEXT NOT NULL, lang TEXT NOT NULL, term TEXT NOT NULL, definition TEXT NOT NULL,
  origin TEXT NOT NULL, updated TEXT NOT NULL, PRIMARY KEY (key, lang)
);
CREATE TABLE prevention_actions (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL, starts_on TEXT NOT NULL,
  place TEXT, owners TEXT NOT NULL DEFAULT '[]', description TEXT, origin TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE INDEX prevention_by_date ON prevention_actions (starts_on);
-- New protocol versions received with the directory, until the office has looked at them.
CREATE TABLE protocol_updates (
  key TEXT NOT NULL, from_version INTEGER, to_version INTEGER NOT NULL, received TEXT NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (key, to_version)
);
