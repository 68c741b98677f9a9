-- The county's units (责任单位) as issues-service knows them, from unit-registered events on projects.events:
-- the unit codes on blockers and dispatch decisions are checked against it (platform-events KnownUnits).
CREATE TABLE known_unit (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);

-- A database from before this table: the units its projects and blockers already name were accepted then, so
-- they are known now (name and kind follow when the registry announces them again; codes only until then).
INSERT INTO known_unit (code, name, kind)
SELECT code, code, '' FROM (
    SELECT lead_unit AS code FROM project_projection
    UNION SELECT unnest(string_to_array(cooperating_units, ',')) FROM project_projection
    UNION SELECT responsible_unit FROM issue
) AS named
WHERE code <> ''
ON CONFLICT DO NOTHING;
