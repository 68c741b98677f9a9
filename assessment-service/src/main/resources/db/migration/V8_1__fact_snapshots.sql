-- Snapshots of the live facts (FactSet), so that a start replays only the events after the newest one instead of the
-- whole log. A row is the facts made by the log up to last_seq (whose event was received at last_received_at), in the
-- format of the code that wrote it (format_version, shape), for a county time zone and under the newest ruleset version
-- then; the service reads only rows matching all of them. Written and pruned in one transaction (FactSnapshots).
CREATE TABLE fact_snapshot (
    id               BIGSERIAL PRIMARY KEY,
    format_version   INT         NOT NULL,
    shape            TEXT        NOT NULL,
    ruleset_version  INT         NOT NULL,
    time_zone        TEXT        NOT NULL,
    last_seq         BIGINT      NOT NULL,
    last_received_at TIMESTAMPTZ NOT NULL,
    events           BIGINT      NOT NULL,
    facts            BYTEA       NOT NULL,
    facts_sha256     TEXT        NOT NULL,
    taken_at         TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
-- The facts are deflated already: stored out of line without a second compression.
ALTER TABLE fact_snapshot ALTER COLUMN facts SET STORAGE EXTERNAL;
CREATE INDEX fact_snapshot_newest ON fact_snapshot (format_version, shape, time_zone, ruleset_version, last_seq DESC);
