-- Scheduled bulletins (定期通报): the schedule publishes one bulletin per period. Several instances may run the
-- schedule (each tries the job's advisory lock, SingleInstanceJobs); this index is what makes "one" hold even when
-- two runs overlap anyway: the second insert for a period fails and publishes nothing.
ALTER TABLE bulletin ADD COLUMN scheduled BOOLEAN NOT NULL DEFAULT false;
CREATE UNIQUE INDEX bulletin_one_scheduled_per_period ON bulletin (period) WHERE scheduled;
CREATE INDEX bulletin_published_at ON bulletin (published_at DESC);

-- Publicity (宣传): model cases (先进典型) and exposed obstruction (曝光), each about one project, public once written.
CREATE TABLE publicity_case (
    id           UUID PRIMARY KEY,
    kind         TEXT        NOT NULL CHECK (kind IN ('MODEL_CASE', 'EXPOSURE')),
    project_id   UUID        NOT NULL,
    project_code TEXT        NOT NULL,
    project_name TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    text         TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    published_by TEXT        NOT NULL
);
CREATE INDEX publicity_case_published ON publicity_case (published_at DESC);

-- The gateway backfills the public feed from the event log by type (GET /internal/public-feed/events).
CREATE INDEX consumed_event_type_seq ON consumed_event (event_type, seq);
