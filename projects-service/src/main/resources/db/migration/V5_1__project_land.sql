-- Land (用地) of a project: the area it needs, the construction-land quota (用地指标) and the farmland
-- balance (占补平衡) secured for it, in 亩, and how far its land approval has gone. One row per project,
-- created by the first write; the version is the ETag.
CREATE TABLE project_land (
    project_id       UUID PRIMARY KEY REFERENCES project (id),
    area_needed      NUMERIC(14, 2) NOT NULL CHECK (area_needed >= 0),
    quota_secured    NUMERIC(14, 2) NOT NULL CHECK (quota_secured >= 0 AND quota_secured <= area_needed),
    balance_secured  NUMERIC(14, 2) NOT NULL CHECK (balance_secured >= 0 AND balance_secured <= area_needed),
    approval_stage   TEXT           NOT NULL,
    note             TEXT,
    version          BIGINT         NOT NULL,
    updated_at       TIMESTAMPTZ    NOT NULL,
    updated_by       TEXT           NOT NULL
);
