-- The laboratorio's meeting details the chair records for the agenda and the minutes: time and
-- place, who chairs and who takes the minutes (verbalizzante), the representatives present for
-- each office, which items are urgencies, the prevention actions discussed. One JSON object
-- (lab/meeting.py MeetingDetails); meetings made before keep '{}'.
ALTER TABLE lab_meetings ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
