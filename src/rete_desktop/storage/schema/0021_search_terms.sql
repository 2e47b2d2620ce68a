-- Search as you type, words of four letters and more (issue 14). The prefix indexes of 0011
-- stop at three letters: for "mari"* FTS5 reads and merges, in memory, the whole doclist of
-- every term starting with "mari" (maria, mario, marito…) before it returns the first row:
-- linear in the vault, at every keystroke. Whole terms are read lazily, newest first, and stop
-- at the LIMIT. search_terms lists the index's terms in order ('instance' reads one entry per
-- step, so "the first term >= x" costs one seek, not a walk through a doclist), and
-- storage/search.py turns a longer word into the OR of the whole terms it begins: the same rows,
-- found as cheaply as a whole word. A view onto the index: it stores nothing, costs nothing on
-- insert, and nothing to build here.
CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'instance');
