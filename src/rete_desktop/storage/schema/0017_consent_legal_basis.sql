-- One mechanism for the legal basis (issue 12): the free text once typed with a consent
-- ("--legal-basis", e.g. "obbligo di legge") becomes a sharing decision on its true basis when
-- the text names exactly one basis and the consent names the offices it applied to:
--   consent words ("consenso scritto")          -> consent, the text as how it was collected;
--   obligation words, "art." or "c.p.p."        -> legal obligation, the text as the norm when
--                                                  it holds a number (an article), else no norm:
--                                                  shown as "norm to complete";
--   "vital"                                     -> vital interest.
-- The decision keeps the text verbatim in its reason. A legal obligation or vital interest is
-- not consent: the consent record no longer lists those offices (the decision does). Any other
-- text (none or several bases named, no office listed) stays verbatim in the consent record and
-- is shown flagged "to review" until the consent is recorded again (docs/case-record.md).
CREATE TEMP TABLE legacy_basis AS
SELECT id AS case_id, text, kinds, decided_on,
  CASE WHEN json_array_length(kinds) = 0 OR c + o + v != 1 THEN NULL
       WHEN c THEN 'consent' WHEN o THEN 'legal_obligation' ELSE 'vital_interest' END AS basis
FROM (
  SELECT id, text, kinds, decided_on,
    (low LIKE '%consens%' OR low LIKE '%consent%') AS c,
    (low LIKE '%obblig%' OR low LIKE '%obligation%' OR low LIKE '%art.%'
     OR low LIKE '%c.p.p%') AS o,
    (low LIKE '%vital%') AS v
  FROM (
    SELECT id, trim(json_extract(consent, '$.legal_basis')) AS text,
      lower(trim(json_extract(consent, '$.legal_basis'))) AS low,
      coalesce(json_extract(consent, '$.share_with'), '[]') AS kinds,
      coalesce(json_extract(consent, '$.recorded_on'), opened_on) AS decided_on
    FROM cases
    WHERE json_valid(consent) AND trim(coalesce(json_extract(consent, '$.legal_basis'), '')) != ''
  )
);
-- Looked up once per case below: without this index the update read the whole table for each
-- case (hours at 100k cases with a legacy basis each; the result is the same).
CREATE INDEX temp.legacy_basis_by_case ON legacy_basis (case_id);
INSERT INTO sharing_decisions (id, case_id, share_with, basis, norm, collected, reason,
  decided_on, operator, created)
SELECT lower(hex(randomblob(8))), case_id, kinds, basis,
  CASE WHEN basis = 'legal_obligation' AND text GLOB '*[0-9]*' THEN text END,
  CASE WHEN basis = 'consent' THEN text END,
  'Base giuridica scritta con il consenso (versione precedente): «' || text || '»',
  decided_on, '(aggiornamento 0016)', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
FROM legacy_basis WHERE basis IS NOT NULL;
UPDATE cases SET consent = json_remove(
    CASE WHEN (SELECT basis FROM legacy_basis WHERE case_id = cases.id) != 'consent'
         THEN json_set(consent, '$.share_with', json('[]')) ELSE consent END,
    '$.legal_basis')
WHERE id IN (SELECT case_id FROM legacy_basis WHERE basis IS NOT NULL);
DROP TABLE legacy_basis;
