-- Statistics of one year read only that year's cases (issue 14). The yearly figures group the
-- year's cases by month, risk, source and source of access: with these four columns in the
-- index on the opening date they are counted from the index alone (it replaces
-- cases_by_opened, whose one column it starts with). Shelter stays are found by kind.
CREATE INDEX cases_for_stats ON cases (opened_on, risk, source, access_source);
DROP INDEX cases_by_opened;
CREATE INDEX case_services_by_kind ON case_services (kind, start_on);
