-- Time nodes (时间节点) of a project: preliminary work, construction and completion nodes.
CREATE TABLE milestone (
    id            UUID PRIMARY KEY,
    project_id    UUID        NOT NULL REFERENCES project (id),
    kind          TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    planned_date  DATE        NOT NULL,
    actual_date   DATE,
    duration_days INT CHECK (duration_days IS NULL OR duration_days BETWEEN 1 AND 3650),
    -- set when the milestone-overdue event was written, so it is sent once per milestone
    overdue_since DATE,
    version       BIGINT      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    updated_by    TEXT        NOT NULL
);
CREATE INDEX milestone_project ON milestone (project_id, planned_date);
CREATE INDEX milestone_open_not_flagged ON milestone (planned_date) WHERE actual_date IS NULL AND overdue_since IS NULL;

-- Progress reports (进度填报): append-only; the database refuses to change or delete one.
CREATE TABLE progress_report (
    id                   UUID PRIMARY KEY,
    project_id           UUID          NOT NULL REFERENCES project (id),
    period               TEXT          NOT NULL,
    progress_percent     NUMERIC(5, 2) NOT NULL CHECK (progress_percent BETWEEN 0 AND 100),
    previous_percent     NUMERIC(5, 2) NOT NULL,
    completed_investment NUMERIC(14, 2) NOT NULL CHECK (completed_investment >= 0),
    narrative            TEXT,
    reason               TEXT,
    reported_at          TIMESTAMPTZ   NOT NULL,
    reported_by          TEXT          NOT NULL
);
CREATE INDEX progress_report_project ON progress_report (project_id, reported_at DESC);

CREATE FUNCTION progress_report_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'progress reports are append-only' USING ERRCODE = '23000';
END $$;
CREATE TRIGGER progress_report_append_only BEFORE UPDATE OR DELETE ON progress_report
    FOR EACH ROW EXECUTE FUNCTION progress_report_is_append_only();
