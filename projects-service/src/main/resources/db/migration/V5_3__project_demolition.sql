-- Demolition and resettlement (拆迁安置) of a project: households and floor area (m²) to clear, agreements
-- signed. One row per project, created by the first write; the version is the ETag.
CREATE TABLE project_demolition (
    project_id        UUID PRIMARY KEY REFERENCES project (id),
    households        INT            NOT NULL CHECK (households >= 0),
    floor_area        NUMERIC(14, 2) NOT NULL CHECK (floor_area >= 0),
    households_signed INT            NOT NULL CHECK (households_signed >= 0 AND households_signed <= households),
    version           BIGINT         NOT NULL,
    updated_at        TIMESTAMPTZ    NOT NULL,
    updated_by        TEXT           NOT NULL
);

-- The legal procedure (依法处理) against one holdout household, and its steps, taken in a fixed order;
-- the unique position keeps two writers from recording the same step twice.
CREATE TABLE demolition_case (
    id         UUID PRIMARY KEY,
    project_id UUID        NOT NULL REFERENCES project (id),
    household  TEXT        NOT NULL,
    address    TEXT,
    opened_at  TIMESTAMPTZ NOT NULL,
    opened_by  TEXT        NOT NULL
);
CREATE INDEX demolition_case_project ON demolition_case (project_id, opened_at);

CREATE TABLE demolition_case_step (
    id          UUID PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES demolition_case (id),
    position    INT         NOT NULL CHECK (position BETWEEN 1 AND 6),
    step        TEXT        NOT NULL,
    taken_on    DATE        NOT NULL,
    note        TEXT,
    recorded_at TIMESTAMPTZ NOT NULL,
    recorded_by TEXT        NOT NULL,
    UNIQUE (case_id, position)
);
