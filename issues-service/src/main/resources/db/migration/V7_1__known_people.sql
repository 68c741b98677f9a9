-- The county's people (责任人) as issues-service knows them, from person-registered and person-updated events on
-- projects.events: the responsible person named on a blocker or a dispatch decision is checked against it
-- (platform-events KnownPeople). Names and posts only: contact details never leave projects-service.
CREATE TABLE known_person (
    id      UUID PRIMARY KEY,
    name    TEXT    NOT NULL,
    title   TEXT    NOT NULL,
    unit    TEXT,
    kind    TEXT    NOT NULL,
    active  BOOLEAN NOT NULL,
    version BIGINT  NOT NULL
);
