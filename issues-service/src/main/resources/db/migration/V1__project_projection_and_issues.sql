-- Projects as issues-service knows them, from projects.events.
CREATE TABLE project_projection (
    id                UUID PRIMARY KEY,
    code              TEXT   NOT NULL,
    name              TEXT   NOT NULL,
    year              INT    NOT NULL,
    lead_unit         TEXT   NOT NULL,
    cooperating_units TEXT   NOT NULL DEFAULT '',
    phase             TEXT   NOT NULL,
    version           BIGINT NOT NULL
);

-- Blockers (问题/堵点) against key projects.
CREATE TABLE issue (
    id               UUID PRIMARY KEY,
    project_id       UUID        NOT NULL REFERENCES project_projection (id),
    category         TEXT        NOT NULL,
    severity         TEXT        NOT NULL,
    title            TEXT        NOT NULL,
    description      TEXT,
    reported_by      TEXT        NOT NULL,
    responsible_unit TEXT        NOT NULL,
    due_date         DATE        NOT NULL,
    status           TEXT        NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX issue_project ON issue (project_id);
CREATE INDEX issue_status_due ON issue (status, due_date);
CREATE INDEX issue_unit ON issue (responsible_unit);
