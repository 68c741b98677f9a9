-- The sheets a unit states about a project — land (用地), funding (资金), demolition (拆迁安置) and each year's
-- target (年度目标) — kept alike: every stated version is a row, never changed, the newest the sheet in force, the
-- others how it stood on a past day. The sheet is the JSON of its checked form; period is the year of a sheet
-- stated per year, 0 for one of the whole project; the version is the ETag.
CREATE TABLE stated_sheet (
    kind       TEXT        NOT NULL,
    project_id UUID        NOT NULL REFERENCES project (id),
    period     INT         NOT NULL CHECK (period = 0 OR period BETWEEN 2000 AND 2100),
    version    BIGINT      NOT NULL CHECK (version >= 1),
    content    TEXT        NOT NULL,
    stated_at  TIMESTAMPTZ NOT NULL,
    stated_by  TEXT        NOT NULL,
    PRIMARY KEY (kind, project_id, period, version)
);
-- the targets of a year as they stood on a day
CREATE INDEX stated_sheet_in_force ON stated_sheet (kind, period, stated_at);

-- A stated version is history: it is never rewritten.
CREATE FUNCTION stated_sheet_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a stated sheet version is kept as stated';
END;
$$;
CREATE TRIGGER stated_sheet_kept BEFORE UPDATE ON stated_sheet FOR EACH ROW EXECUTE FUNCTION stated_sheet_is_history();

-- The sheets as they stand move over as their current version (earlier versions were not kept before).
INSERT INTO stated_sheet (kind, project_id, period, version, content, stated_at, stated_by)
SELECT 'land', project_id, 0, version,
       json_build_object('areaNeeded', area_needed::text, 'quotaSecured', quota_secured::text,
                         'balanceSecured', balance_secured::text, 'approvalStage', approval_stage, 'note', note)::text,
       updated_at, updated_by
FROM project_land;

INSERT INTO stated_sheet (kind, project_id, period, version, content, stated_at, stated_by)
SELECT 'funding', f.project_id, 0, f.version,
       json_build_object('sources', COALESCE((
           SELECT json_agg(json_build_object('source', l.source, 'planned', l.planned::text, 'secured', l.secured::text,
                                             'paidOut', l.paid_out::text)
                           ORDER BY array_position(ARRAY['SUPERIOR_GRANT', 'FISCAL_APPROPRIATION', 'FINANCING_AND_BONDS',
                                                         'LAND_TRANSFER', 'SOCIAL_CAPITAL'], l.source))
           FROM project_funding_line l WHERE l.project_id = f.project_id), '[]'::json))::text,
       f.updated_at, f.updated_by
FROM project_funding f;

INSERT INTO stated_sheet (kind, project_id, period, version, content, stated_at, stated_by)
SELECT 'demolition', project_id, 0, version,
       json_build_object('households', households, 'floorArea', floor_area::text, 'householdsSigned', households_signed)::text,
       updated_at, updated_by
FROM project_demolition;

INSERT INTO stated_sheet (kind, project_id, period, version, content, stated_at, stated_by)
SELECT 'annual-target', project_id, year, version,
       json_build_object('investment', investment::text, 'physicalTarget', physical_target,
                         'targetPercent', target_percent::text)::text,
       updated_at, updated_by
FROM project_annual_target;

DROP TABLE project_funding_line;
DROP TABLE project_funding;
DROP TABLE project_land;
DROP TABLE project_demolition;
DROP TABLE project_annual_target;
