-- Every event consumed, as received: the input of any replay ("recompute as of"), so a score can be
-- reproduced exactly. Append-only.
CREATE TABLE consumed_event (
    event_id    TEXT PRIMARY KEY,
    event_type  TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    event_time  TIMESTAMPTZ NOT NULL,
    payload     TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX consumed_event_time ON consumed_event (event_time);

-- Projects as the assessment sees them: whose they are and where they stand.
CREATE TABLE project_fact (
    id            UUID PRIMARY KEY,
    code          TEXT   NOT NULL,
    year          INT    NOT NULL,
    lead_unit     TEXT   NOT NULL,
    phase         TEXT   NOT NULL,
    planned_start DATE,
    planned_end   DATE,
    actual_start  DATE,
    actual_end    DATE,
    version       BIGINT NOT NULL
);
CREATE INDEX project_fact_unit_year ON project_fact (lead_unit, year);

-- Blockers as the assessment sees them.
CREATE TABLE issue_fact (
    id               UUID PRIMARY KEY,
    project_id       UUID        NOT NULL,
    responsible_unit TEXT        NOT NULL,
    severity         TEXT        NOT NULL,
    due_date         DATE        NOT NULL,
    status           TEXT        NOT NULL,
    reported_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX issue_fact_unit ON issue_fact (responsible_unit);
