-- The per-unit facts are read from the event log through the same replay that scores (FactSet); the side
-- tables that only followed registrations and reports are gone.
DROP TABLE IF EXISTS issue_fact;
DROP TABLE IF EXISTS project_fact;

-- The county's units (责任单位) as assessment-service knows them, from unit-registered events on projects.events:
-- the unit codes on inspections and supervision orders are checked against it (platform-events KnownUnits).
CREATE TABLE known_unit (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);

-- Units registered before this table existed are in the event log already.
INSERT INTO known_unit (code, name, kind)
SELECT DISTINCT ON (payload::jsonb -> 'data' ->> 'code')
       payload::jsonb -> 'data' ->> 'code', payload::jsonb -> 'data' ->> 'name', payload::jsonb -> 'data' ->> 'kind'
FROM consumed_event
WHERE event_type = 'county.projects.unit-registered.v1'
ORDER BY payload::jsonb -> 'data' ->> 'code', seq DESC;
