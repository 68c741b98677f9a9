-- Responsible units (责任单位 / 配合单位), referred to everywhere by code.
CREATE TABLE unit (
    code        TEXT PRIMARY KEY,
    name        TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by  TEXT        NOT NULL
);

-- Key projects (重点工程).
CREATE TABLE project (
    id                        UUID PRIMARY KEY,
    code                      TEXT          NOT NULL UNIQUE,
    name                      TEXT          NOT NULL,
    description               TEXT,
    category                  TEXT          NOT NULL,
    year                      INT           NOT NULL,
    lead_unit                 TEXT          NOT NULL REFERENCES unit (code),
    lead_official             TEXT,
    cooperating_units         TEXT          NOT NULL DEFAULT '',
    township                  TEXT,
    latitude                  DOUBLE PRECISION,
    longitude                 DOUBLE PRECISION,
    planned_investment        NUMERIC(14, 2),
    annual_planned_investment NUMERIC(14, 2),
    completed_investment      NUMERIC(14, 2) NOT NULL DEFAULT 0,
    planned_start             DATE,
    planned_end               DATE,
    actual_start              DATE,
    actual_end                DATE,
    phase                     TEXT          NOT NULL,
    progress_percent          NUMERIC(5, 2) NOT NULL DEFAULT 0,
    version                   BIGINT        NOT NULL DEFAULT 0,
    created_at                TIMESTAMPTZ   NOT NULL,
    created_by                TEXT          NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL,
    updated_by                TEXT          NOT NULL
);
CREATE INDEX project_year_phase ON project (year, phase);
CREATE INDEX project_lead_unit ON project (lead_unit);
