-- The stored copy of a laboratorio agenda or minutes that carried an erased case's item is
-- dropped (its bytes emptied) while the register keeps the row and the SHA-256 of what was
-- received or sent: 'redacted' says when and why (docs/data-protection.md, "Erasure").
ALTER TABLE packet_evidence ADD COLUMN redacted TEXT;
