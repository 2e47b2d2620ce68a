-- Every foreign key's column leads an index (issue 14). Deleting a parent row makes SQLite
-- look for its children; without an index that is a scan of the whole child table for each
-- deleted row: erasing a case with ten notes read every note of the vault ten times
-- (notes.amends), 2 s at 20k cases and growing with the vault. Only amendments have `amends`.
CREATE INDEX notes_by_amends ON notes (amends) WHERE amends IS NOT NULL;
CREATE INDEX person_relations_by_to_person ON person_relations (to_person_id);
CREATE INDEX lab_items_by_case ON lab_items (case_id);
CREATE INDEX lab_actions_by_task ON lab_actions (task_id);
CREATE INDEX lab_actions_by_meeting ON lab_actions (meeting_id);
CREATE INDEX lab_decisions_by_meeting ON lab_decisions (meeting_id);
CREATE INDEX tasks_by_protocol ON tasks (protocol_id);
CREATE INDEX contacts_by_office ON contacts (office_id);
