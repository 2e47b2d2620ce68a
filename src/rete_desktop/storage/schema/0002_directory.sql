-- Network directory: who belongs to the network, as this office knows it.
-- directory_state holds at most one row: role 'coordinator' (this office keeps the member list
-- and publishes it) or 'member' (the list comes from imported directories). The coordinator key
-- is pinned at creation / first import; later imports must be signed by it.
CREATE TABLE directory_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'member')),
  network_name TEXT NOT NULL,
  coordinator_id TEXT NOT NULL,
  coordinator_signing_key TEXT NOT NULL,
  coordinator_encryption_key TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  issued TEXT,
  expires TEXT,
  pinned TEXT NOT NULL,
  updated TEXT NOT NULL
);
-- One row per member office (the coordinator included). Revoked members stay, with the date,
-- so packets they signed are refused as "revoked" rather than "unknown".
CREATE TABLE directory_members (
  office_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  signing_key TEXT NOT NULL UNIQUE,
  encryption_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
  revoked_on TEXT,
  added TEXT NOT NULL,
  updated TEXT NOT NULL,
  CHECK ((status = 'revoked') = (revoked_on IS NOT NULL))
);
-- Extra sections of the directory document (profiles, protocols, glossary, prevention), kept as
-- the JSON array text they had in the last published or imported directory; the handbook reads them.
CREATE TABLE directory_sections (
  name TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  version INTEGER NOT NULL,
  updated TEXT NOT NULL
);
