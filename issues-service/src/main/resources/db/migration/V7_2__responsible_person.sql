-- 落实专人负责: a blocker and a dispatch decision name the person who answers for them, besides the unit (a person
-- projects-service announced; see known_person). Optional: older rows name only their unit.
ALTER TABLE issue ADD COLUMN responsible_person UUID;
ALTER TABLE meeting_decision ADD COLUMN responsible_person UUID;
CREATE INDEX issue_responsible_person ON issue (responsible_person) WHERE responsible_person IS NOT NULL;
