-- Replay order: events are re-applied in the order they were received (seq), cut off by received_at.
ALTER TABLE consumed_event ADD COLUMN seq BIGSERIAL;
CREATE UNIQUE INDEX consumed_event_seq ON consumed_event (seq);
ALTER TABLE consumed_event ALTER COLUMN received_at SET DEFAULT clock_timestamp();
CREATE INDEX consumed_event_received ON consumed_event (received_at);

-- Rulesets (考核办法): immutable versions; the one in force for a day is the highest version effective by then.
CREATE TABLE ruleset (
    id                UUID PRIMARY KEY,
    version           INT         NOT NULL UNIQUE,
    name              TEXT        NOT NULL,
    effective_from    DATE        NOT NULL,
    definition        TEXT        NOT NULL,
    definition_sha256 TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    created_by        TEXT        NOT NULL
);

-- The default 100-point ruleset of DESIGN.md. Dated as existing from the start, so any past instant has a ruleset.
INSERT INTO ruleset (id, version, name, effective_from, definition, definition_sha256, created_at, created_by)
SELECT 'a5e5a5e5-0000-4000-8000-000000000001', 1, '重点工程责任单位考核办法（默认）', DATE '2000-01-01', d,
       encode(sha256(convert_to(d, 'UTF8')), 'hex'), TIMESTAMPTZ '2000-01-01 00:00:00+00', 'system'
FROM (VALUES ('{"rules":[' ||
    '{"code":"SCHEDULE","name":"项目进度（SPI）","kind":"SCHEDULE_PERFORMANCE","maxPoints":30},' ||
    '{"code":"MILESTONES","name":"时间节点按期完成","kind":"MILESTONES_ON_TIME","maxPoints":20},' ||
    '{"code":"INVESTMENT","name":"投资完成（序时）","kind":"INVESTMENT_COMPLETION","maxPoints":20},' ||
    '{"code":"STARTED","name":"按计划开工","kind":"STARTED_ON_PLAN","maxPoints":15},' ||
    '{"code":"BLOCKERS","name":"问题按时化解","kind":"BLOCKERS_WITHIN_SLA","maxPoints":15},' ||
    '{"code":"SUPERVISION","name":"督查整改逾期扣分","kind":"SUPERVISION_DEDUCTION","maxPoints":10,"pointsPerItem":2}],' ||
    '"grades":{"excellent":90,"good":75,"pass":60},' ||
    '"outcomes":{"commendation":["EXCELLENT"],"criticism":["FAIL"]}}')) AS t(d);

-- A publication: every unit's score for a period as of an instant, under one ruleset version.
CREATE TABLE publication (
    id              UUID PRIMARY KEY,
    period          TEXT        NOT NULL,
    as_of           TIMESTAMPTZ NOT NULL,
    ruleset_version INT         NOT NULL REFERENCES ruleset (version),
    events_replayed BIGINT      NOT NULL,
    published_at    TIMESTAMPTZ NOT NULL,
    published_by    TEXT        NOT NULL
);
CREATE INDEX publication_period ON publication (period, published_at DESC);

-- Each unit's published score with its whole breakdown (rules, inputs, facts) as JSON: never recomputed on read.
CREATE TABLE published_score (
    id              UUID PRIMARY KEY,
    publication_id  UUID          NOT NULL REFERENCES publication (id),
    period          TEXT          NOT NULL,
    unit            TEXT          NOT NULL,
    rank            INT           NOT NULL,
    total           NUMERIC(8, 2) NOT NULL,
    grade           TEXT          NOT NULL,
    outcome         TEXT          NOT NULL,
    ruleset_version INT           NOT NULL,
    card            TEXT          NOT NULL,
    UNIQUE (publication_id, unit)
);

-- Recompute jobs: a replay of stored events up to as_of, with progress.
CREATE TABLE recompute_job (
    id           UUID PRIMARY KEY,
    period       TEXT        NOT NULL,
    as_of        TIMESTAMPTZ NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    processed    BIGINT      NOT NULL DEFAULT 0,
    total        BIGINT      NOT NULL DEFAULT 0,
    result       TEXT,
    error        TEXT,
    requested_by TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ
);

-- Audit trail (审计留痕): append-only, hash-chained; the application only ever inserts.
CREATE TABLE audit_entry (
    seq           BIGINT PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
    actor         TEXT        NOT NULL,
    action        TEXT        NOT NULL,
    subject       TEXT        NOT NULL,
    details       TEXT        NOT NULL,
    previous_hash TEXT        NOT NULL,
    hash          TEXT        NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- Supervision (督查): inspections, their findings, and the orders (督办/整改) the findings issue.
CREATE TABLE inspection (
    id           UUID PRIMARY KEY,
    project_id   UUID,
    unit         TEXT        NOT NULL,
    inspected_on DATE        NOT NULL,
    title        TEXT        NOT NULL,
    notes        TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    created_by   TEXT        NOT NULL
);
CREATE TABLE finding (
    id               UUID PRIMARY KEY,
    inspection_id    UUID        NOT NULL REFERENCES inspection (id),
    description      TEXT        NOT NULL,
    responsible_unit TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       TEXT        NOT NULL
);
CREATE TABLE rectification (
    id               UUID PRIMARY KEY,
    finding_id       UUID        NOT NULL REFERENCES finding (id),
    inspection_id    UUID        NOT NULL REFERENCES inspection (id),
    project_id       UUID,
    responsible_unit TEXT        NOT NULL,
    requirement      TEXT        NOT NULL,
    deadline         DATE        NOT NULL,
    status           TEXT        NOT NULL,
    version          BIGINT      NOT NULL,
    issued_at        TIMESTAMPTZ NOT NULL,
    issued_by        TEXT        NOT NULL,
    closed_at        TIMESTAMPTZ,
    reminders        INT         NOT NULL DEFAULT 0,
    last_reminded_on DATE,
    overdue_notified BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX rectification_open ON rectification (deadline) WHERE status <> 'CLOSED';
CREATE TABLE rectification_move (
    id               BIGSERIAL PRIMARY KEY,
    rectification_id UUID        NOT NULL REFERENCES rectification (id),
    from_status      TEXT,
    to_status        TEXT        NOT NULL,
    note             TEXT,
    moved_by         TEXT        NOT NULL,
    moved_at         TIMESTAMPTZ NOT NULL
);

-- Bulletins (通报): generated from facts, stored as published.
CREATE TABLE bulletin (
    id           UUID PRIMARY KEY,
    period       TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    content      TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    published_by TEXT        NOT NULL
);
CREATE INDEX bulletin_period ON bulletin (period, published_at DESC);
