-- The blocker's workflow: the resolution text, and the SLA job's markers (once per issue and deadline).
ALTER TABLE issue ADD COLUMN resolution TEXT;
ALTER TABLE issue ADD COLUMN overdue_notified_for DATE;
ALTER TABLE issue ADD COLUMN auto_escalated_for DATE;

-- Every change of a blocker, append-only: who, when, what, why.
CREATE TABLE issue_history (
    seq         BIGSERIAL PRIMARY KEY,
    issue_id    UUID        NOT NULL REFERENCES issue (id),
    happened_at TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    comment     TEXT,
    resolution  TEXT,
    due_date    DATE        NOT NULL,
    meeting_id  UUID
);
CREATE INDEX issue_history_issue ON issue_history (issue_id, seq);

-- Blockers reported before the history existed get their first line.
INSERT INTO issue_history (issue_id, happened_at, actor, action, from_status, to_status, due_date)
SELECT id, created_at, reported_by, 'REPORTED', NULL, status, due_date FROM issue;
