-- Packets: the register (registro di protocollo), seen packet ids, evidence and receipts.
-- Protocol numbers are per office and per year: (year, number) is unique, shown as 2026/000012.
CREATE TABLE packet_register (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  protocol TEXT NOT NULL UNIQUE,
  direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
  packet_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  created TEXT NOT NULL,
  recorded TEXT NOT NULL,
  counterparts TEXT NOT NULL,
  case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
  in_reply_to TEXT,
  status TEXT NOT NULL,
  UNIQUE (year, number),
  UNIQUE (direction, packet_id)
);
CREATE INDEX packet_register_by_packet ON packet_register (packet_id);
CREATE INDEX packet_register_by_case ON packet_register (case_id);
-- Replay protection: a packet id is accepted once per sender, forever.
CREATE TABLE packet_seen (
  sender_office_id TEXT NOT NULL,
  packet_id TEXT NOT NULL,
  seen TEXT NOT NULL,
  PRIMARY KEY (sender_office_id, packet_id)
);
-- The original packet file exactly as sent or received (encrypted by the vault like the rest).
CREATE TABLE packet_evidence (
  register_id TEXT PRIMARY KEY REFERENCES packet_register(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL
);
-- Signed acknowledgements received for packets this office sent.
CREATE TABLE packet_receipts (
  packet_id TEXT NOT NULL,
  from_office_id TEXT NOT NULL,
  receipt_packet_id TEXT NOT NULL UNIQUE,
  acknowledged TEXT NOT NULL,
  their_protocol TEXT,
  recorded TEXT NOT NULL,
  PRIMARY KEY (packet_id, from_office_id)
);
