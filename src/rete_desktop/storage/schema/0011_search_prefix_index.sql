-- Search as you type: one- to three-letter prefix indexes (issue 14). The app searches every
-- word as a prefix ('m' becomes "m"*); without a prefix index FTS5 merges the doclists of every
-- term that starts with 'm' — hundreds of milliseconds in a million notes, at every keystroke.
-- With prefix='1 2 3' the index keeps those prefixes' doclists ready, so a one-letter query
-- reads one doclist, newest first, and stops at the LIMIT.
-- FTS5 options cannot be altered: the index is rebuilt with the same rows under the same rowids
-- (search_keys of 0009 point at them). The copy lives in the vault only, like the index it
-- comes from; secure_delete overwrites its pages when it is dropped.
CREATE TABLE search_copy (id INTEGER PRIMARY KEY, kind TEXT, ref_id TEXT, case_id TEXT,
                          title TEXT, body TEXT);
INSERT INTO search_copy (id, kind, ref_id, case_id, title, body)
  SELECT rowid, kind, ref_id, case_id, title, body FROM search_index;
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
  kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO search_index (rowid, kind, ref_id, case_id, title, body)
  SELECT id, kind, ref_id, case_id, title, body FROM search_copy ORDER BY id;
DROP TABLE search_copy;
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_index (search_index) VALUES ('optimize');
