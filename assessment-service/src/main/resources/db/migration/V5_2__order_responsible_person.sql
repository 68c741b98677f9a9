-- 落实专人负责: a supervision order names the person who answers for it, besides the unit (a person projects-service
-- announced; see known_person). Optional: older orders name only their unit.
ALTER TABLE rectification ADD COLUMN responsible_person UUID;
