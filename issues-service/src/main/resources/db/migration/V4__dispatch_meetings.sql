-- Dispatch meetings (调度会) and their decisions on blockers.
CREATE TABLE meeting (
    id         UUID PRIMARY KEY,
    held_on    DATE        NOT NULL,
    title      TEXT        NOT NULL,
    convener   TEXT        NOT NULL,
    attendees  TEXT        NOT NULL DEFAULT '', -- one per line
    agenda     TEXT        NOT NULL,            -- issue ids, one per line, in agenda order
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX meeting_held_on ON meeting (held_on DESC);

CREATE TABLE meeting_decision (
    id            UUID PRIMARY KEY,
    meeting_id    UUID        NOT NULL REFERENCES meeting (id),
    issue_id      UUID        NOT NULL REFERENCES issue (id),
    assigned_unit TEXT        NOT NULL,
    deadline      DATE        NOT NULL,
    decision      TEXT        NOT NULL,
    decided_by    TEXT        NOT NULL,
    decided_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (meeting_id, issue_id)
);
CREATE INDEX meeting_decision_issue ON meeting_decision (issue_id);
