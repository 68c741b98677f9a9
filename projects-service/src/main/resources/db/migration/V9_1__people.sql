-- People who answer for the work (责任人): county leaders (县领导), units' heads and staff. Contact details are
-- private: only the commander and the person's own unit read them, and no event carries them.
CREATE TABLE person (
    id         UUID PRIMARY KEY,
    name       TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    unit       TEXT REFERENCES unit (code),
    kind       TEXT        NOT NULL,
    phone      TEXT,
    email      TEXT,
    active     BOOLEAN     NOT NULL DEFAULT true,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL,
    created_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT        NOT NULL,
    -- a unit's head and staff belong to their unit; a county leader may stand above every unit
    CHECK (unit IS NOT NULL OR kind = 'COUNTY_LEADER')
);
CREATE INDEX person_unit_name ON person (unit, name);
