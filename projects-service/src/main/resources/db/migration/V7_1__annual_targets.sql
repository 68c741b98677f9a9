-- Annual targets (年度目标) of a project: per year, the investment to complete in it (万元) and the physical
-- target (形象进度) as text, as the cumulative percent planned by the year's end, or both. One row per project
-- and year, created by the first write; the version is the ETag.
CREATE TABLE project_annual_target (
    project_id      UUID           NOT NULL REFERENCES project (id),
    year            INT            NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    investment      NUMERIC(14, 2) NOT NULL CHECK (investment >= 0),
    physical_target TEXT,
    target_percent  NUMERIC(5, 2)  CHECK (target_percent BETWEEN 0 AND 100),
    version         BIGINT         NOT NULL,
    updated_at      TIMESTAMPTZ    NOT NULL,
    updated_by      TEXT           NOT NULL,
    PRIMARY KEY (project_id, year),
    CHECK (physical_target IS NOT NULL OR target_percent IS NOT NULL)
);
CREATE INDEX project_annual_target_year ON project_annual_target (year);
