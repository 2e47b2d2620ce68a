-- Packets are identified by sender + packet id everywhere (issue 18): a co-recipient who sends
-- us its own packet under another sender's packet id must not shadow that sender's packet.
-- The register gains the sender's office id (ours for sent rows, the counterpart for received
-- rows) and is unique on (direction, sender_office_id, packet_id) instead of
-- (direction, packet_id). SQLite cannot drop a constraint, so the register and its evidence
-- are rebuilt; the evidence is dropped before the register so no cascade can touch it.
CREATE TABLE packet_register_new (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  protocol TEXT NOT NULL UNIQUE,
  direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
  sender_office_id TEXT NOT NULL,
  packet_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  created TEXT NOT NULL,
  recorded TEXT NOT NULL,
  counterparts TEXT NOT NULL,
  case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
  in_reply_to TEXT,
  status TEXT NOT NULL,
  UNIQUE (year, number),
  UNIQUE (direction, sender_office_id, packet_id)
);
INSERT INTO packet_register_new (id, year, number, protocol, direction, sender_office_id,
  packet_id, kind, created, recorded, counterparts, case_id, in_reply_to, status)
SELECT id, year, number, protocol, direction,
  CASE direction WHEN 'sent' THEN (SELECT office_id FROM identity WHERE id = 1)
                 ELSE json_extract(counterparts, '$[0]') END,
  packet_id, kind, created, recorded, counterparts, case_id, in_reply_to, status
FROM packet_register;
CREATE TABLE packet_evidence_new (
  register_id TEXT PRIMARY KEY REFERENCES packet_register_new(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL
);
INSERT INTO packet_evidence_new (register_id, sha256, data)
SELECT register_id, sha256, data FROM packet_evidence;
DROP TABLE packet_evidence;
DROP TABLE packet_register;
ALTER TABLE packet_register_new RENAME TO packet_register;
ALTER TABLE packet_evidence_new RENAME TO packet_evidence;
CREATE INDEX packet_register_by_packet ON packet_register (packet_id);
CREATE INDEX packet_register_by_case ON packet_register (case_id);
-- Receipts received by this office acknowledge packets it sent: the acknowledged sender is
-- always this office, so (packet_id, from_office_id) stays the key. Receipts this office sends
-- now name the sender they acknowledge (receipt.json "sender").
