-- The register keeps a received referral's SHA-256, not a second copy of its bytes (issue 14,
-- docs/packet-format.md "What the register keeps"): the case filed from it, with each
-- attachment and the hash its sender signed, is the office's copy. Copies stored before are
-- emptied here (secure_delete overwrites the freed pages); the hash and the register line stay.
-- Sent packets keep their bytes: a transport may still have to retry them.
UPDATE packet_evidence SET data = X''
WHERE register_id IN (SELECT id FROM packet_register
                      WHERE direction = 'received' AND kind = 'referral');
