-- 奖励与通报批评: the commander's decision on each proposal the rules made for a period — confirmed or struck (with
-- its reason) — with the facts it was decided on. One decision per proposal: key = subject kind, unit or person, honour.
CREATE TABLE honour (
    id          UUID PRIMARY KEY,
    period      TEXT        NOT NULL,
    proposal    TEXT        NOT NULL,
    honour      TEXT        NOT NULL CHECK (honour IN ('COMMENDATION', 'CRITICISM')),
    subject     TEXT        NOT NULL CHECK (subject IN ('UNIT', 'PERSON')),
    unit        TEXT        NOT NULL,
    person      UUID,
    name        TEXT,
    basis       TEXT        NOT NULL,
    facts       TEXT        NOT NULL,
    decision    TEXT        NOT NULL CHECK (decision IN ('CONFIRMED', 'STRUCK')),
    reason      TEXT,
    decided_at  TIMESTAMPTZ NOT NULL,
    decided_by  TEXT        NOT NULL,
    UNIQUE (period, proposal),
    CHECK (decision = 'CONFIRMED' OR reason IS NOT NULL)
);

-- 自查: a unit's own inspection of its project, beside the supervision bureau's (督查).
ALTER TABLE inspection ADD COLUMN kind TEXT NOT NULL DEFAULT 'SUPERVISION' CHECK (kind IN ('SUPERVISION', 'SELF'));
CREATE INDEX inspection_unit_kind ON inspection (unit, kind, inspected_on DESC);
