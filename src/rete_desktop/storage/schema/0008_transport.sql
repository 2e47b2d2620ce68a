-- How packets travel by themselves (issue 13): settings, routes, deliveries, the inbox log.
-- One row per way this office uses ('mail', 'folder'): options as JSON. The mail password is in
-- `secret`, inside the SQLCipher database like every other record (never in a settings file or
-- the OS keyring).
CREATE TABLE transport_settings (
  way TEXT PRIMARY KEY CHECK (way IN ('mail', 'folder')),
  settings TEXT NOT NULL,
  secret TEXT,
  updated TEXT NOT NULL
);
-- How each member office receives, as its member card says (published with the directory).
CREATE TABLE transport_routes (
  office_id TEXT PRIMARY KEY,
  mail TEXT,
  folder TEXT,
  updated TEXT NOT NULL
);
-- One row per sent packet and recipient: queued -> sent -> delivered, or failed (with the
-- reason; retried) or not_delivered (PEC mancata consegna). 'acknowledged' is not stored: it
-- is the signed Rete receipt in packet_receipts.
CREATE TABLE packet_deliveries (
  packet_id TEXT NOT NULL,
  recipient TEXT NOT NULL,
  way TEXT NOT NULL,
  address TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'delivered', 'failed', 'not_delivered')),
  reason TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  message_id TEXT,
  updated TEXT NOT NULL,
  PRIMARY KEY (packet_id, recipient)
);
CREATE INDEX packet_deliveries_by_message ON packet_deliveries (message_id);
-- Proofs of sending and delivery from a PEC provider (ricevute), the whole message kept.
CREATE TABLE delivery_proofs (
  id TEXT PRIMARY KEY,
  packet_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  address TEXT,
  issued TEXT,
  provider_id TEXT,
  trusted INTEGER NOT NULL,
  reason TEXT,
  sha256 TEXT NOT NULL UNIQUE,
  data BLOB NOT NULL,
  recorded TEXT NOT NULL
);
CREATE INDEX delivery_proofs_by_packet ON delivery_proofs (packet_id);
-- Everything a transport brought in, by the SHA-256 of the bytes: imported (written in the same
-- transaction as the import), receipt, refused (with the reason), proof. A message or file is
-- marked done at its source only after its row here is committed, so a crash re-reads it and
-- this row says what already happened.
CREATE TABLE inbox_log (
  sha256 TEXT PRIMARY KEY,
  way TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'refused', 'proof')),
  kind TEXT,
  packet_id TEXT,
  sender TEXT,
  protocol TEXT,
  reason TEXT,
  size INTEGER NOT NULL,
  recorded TEXT NOT NULL
);
