-- Funding (资金) of a project, per source: planned, secured and paid out, in 万元. The sheet row carries the
-- version (the ETag) and who changed it last; one line per source that has any figure.
CREATE TABLE project_funding (
    project_id UUID PRIMARY KEY REFERENCES project (id),
    version    BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT        NOT NULL
);

CREATE TABLE project_funding_line (
    id         UUID PRIMARY KEY,
    project_id UUID           NOT NULL REFERENCES project_funding (project_id),
    source     TEXT           NOT NULL,
    planned    NUMERIC(14, 2) NOT NULL CHECK (planned >= 0),
    secured    NUMERIC(14, 2) NOT NULL CHECK (secured >= 0 AND secured <= planned),
    paid_out   NUMERIC(14, 2) NOT NULL CHECK (paid_out >= 0 AND paid_out <= secured),
    UNIQUE (project_id, source)
);
