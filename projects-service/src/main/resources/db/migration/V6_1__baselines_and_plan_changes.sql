-- The year's programme approved by the commander (the plan the people's congress endorsed): once per year.
CREATE TABLE programme_approval (
    year        INT PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    approved_at TIMESTAMPTZ NOT NULL,
    approved_by TEXT        NOT NULL
);

-- A project's baseline (基线): its plan as approved, frozen. Indicators are judged against it by default.
CREATE TABLE project_baseline (
    project_id                UUID PRIMARY KEY REFERENCES project (id),
    year                      INT            NOT NULL,
    planned_start             DATE,
    planned_end               DATE,
    planned_investment        NUMERIC(14, 2),
    annual_planned_investment NUMERIC(14, 2),
    with_programme            BOOLEAN        NOT NULL,
    approved_at               TIMESTAMPTZ    NOT NULL,
    approved_by               TEXT           NOT NULL
);
CREATE INDEX project_baseline_year ON project_baseline (year);

-- The time nodes of a baselined project as they stood when it was approved.
CREATE TABLE milestone_baseline (
    milestone_id    UUID PRIMARY KEY REFERENCES milestone (id),
    project_id      UUID          NOT NULL REFERENCES project_baseline (project_id),
    planned_date    DATE          NOT NULL,
    planned_percent NUMERIC(5, 2)
);
CREATE INDEX milestone_baseline_project ON milestone_baseline (project_id);

-- Re-plans after the baseline (调整计划): who changed which planned date or amount, from what to what, and why.
CREATE TABLE plan_change (
    id             UUID PRIMARY KEY,
    project_id     UUID        NOT NULL REFERENCES project (id),
    milestone_id   UUID REFERENCES milestone (id),
    field          TEXT        NOT NULL,
    old_value      TEXT,
    new_value      TEXT,
    baseline_value TEXT,
    reason         TEXT        NOT NULL CHECK (length(btrim(reason)) > 0),
    changed_at     TIMESTAMPTZ NOT NULL,
    changed_by     TEXT        NOT NULL
);
CREATE INDEX plan_change_project ON plan_change (project_id, changed_at DESC, id);

-- A baseline is frozen and the change log is kept: the database refuses to rewrite either.
CREATE FUNCTION baseline_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or deleted', TG_TABLE_NAME USING ERRCODE = '23000';
END $$;
CREATE TRIGGER programme_approval_frozen BEFORE UPDATE OR DELETE ON programme_approval
    FOR EACH ROW EXECUTE FUNCTION baseline_is_frozen();
CREATE TRIGGER project_baseline_frozen BEFORE UPDATE OR DELETE ON project_baseline
    FOR EACH ROW EXECUTE FUNCTION baseline_is_frozen();
CREATE TRIGGER milestone_baseline_frozen BEFORE UPDATE OR DELETE ON milestone_baseline
    FOR EACH ROW EXECUTE FUNCTION baseline_is_frozen();
CREATE TRIGGER plan_change_kept BEFORE UPDATE OR DELETE ON plan_change
    FOR EACH ROW EXECUTE FUNCTION baseline_is_frozen();
