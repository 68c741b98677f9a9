-- Named responsibility (落实专人负责): a project's lead official (牵头领导, a county leader) and responsible person
-- (专人, of the lead unit) become people; the free-text lead_official stays as the label existing rows carry (and,
-- for a named leader, the leader's title and name). Each cooperating unit's task (配合事项), as a JSON object
-- unit code → task. Each time node names its responsible person.
ALTER TABLE project ADD COLUMN lead_official_id UUID REFERENCES person (id);
ALTER TABLE project ADD COLUMN responsible_person_id UUID REFERENCES person (id);
ALTER TABLE project ADD COLUMN cooperating_tasks TEXT NOT NULL DEFAULT '{}';
ALTER TABLE milestone ADD COLUMN responsible_person_id UUID REFERENCES person (id);
