-- What a blocker may link to, as issues-service knows it from projects.events: the legal-procedure cases
-- (依法处理) of holdout households (demolition-case-opened) and each project's funding gap (funding-updated).
CREATE TABLE legal_case_projection (
    id         UUID PRIMARY KEY,
    project_id UUID        NOT NULL,
    household  TEXT        NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX legal_case_projection_project ON legal_case_projection (project_id);

CREATE TABLE funding_projection (
    project_id UUID PRIMARY KEY,
    planned    NUMERIC(14, 2) NOT NULL,
    secured    NUMERIC(14, 2) NOT NULL,
    gap        NUMERIC(14, 2) NOT NULL,
    -- the funding sheet's version this row reflects; an older event never overwrites a newer one
    version    BIGINT         NOT NULL
);

-- A LEGAL_PROCEDURE blocker names its case; a FUNDING blocker may point at its project's funding gap.
ALTER TABLE issue ADD COLUMN legal_case_id UUID;
ALTER TABLE issue ADD COLUMN funding_gap_linked BOOLEAN NOT NULL DEFAULT false;
