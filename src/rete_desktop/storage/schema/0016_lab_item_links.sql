-- The chair's own links between laboratorio items of different offices that concern the same
-- family (rete lab link), when no referral between those offices shared a code: two item ids,
-- stored once per pair (smaller id first), with the reason, the operator and the time. Never a
-- name or codice fiscale: the chair has neither. Unlinking deletes the row (both audited).
CREATE TABLE lab_item_links (
  item_a TEXT NOT NULL REFERENCES lab_items(id),
  item_b TEXT NOT NULL REFERENCES lab_items(id),
  reason TEXT NOT NULL,
  operator TEXT NOT NULL,
  created TEXT NOT NULL,
  PRIMARY KEY (item_a, item_b),
  CHECK (item_a < item_b)
);
CREATE INDEX lab_item_links_by_b ON lab_item_links (item_b);
