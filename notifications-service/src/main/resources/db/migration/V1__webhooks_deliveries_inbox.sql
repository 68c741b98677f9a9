-- A unit's webhook endpoints. Secrets are AES-GCM ciphertexts (never the secret itself); during a rotation's
-- overlap the previous secret signs too, until previous_secret_until.
CREATE TABLE webhook_endpoint (
    id                    UUID        PRIMARY KEY,
    unit                  TEXT        NOT NULL,
    url                   TEXT        NOT NULL,
    description           TEXT,
    event_types           TEXT        NOT NULL,
    scope                 TEXT        NOT NULL CHECK (scope IN ('UNIT', 'PUBLIC')),
    enabled               BOOLEAN     NOT NULL DEFAULT true,
    disabled_reason       TEXT,
    secret                TEXT        NOT NULL,
    previous_secret       TEXT,
    previous_secret_until TIMESTAMPTZ,
    failing_since         TIMESTAMPTZ,
    created_by            TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX webhook_endpoint_of_unit ON webhook_endpoint (unit, created_at);

-- The delivery queue: one row per event and endpoint. Instances take due rows with FOR UPDATE SKIP LOCKED and
-- hold them by a lease while they call; per endpoint and subject a row waits for the earlier ones (seq).
CREATE TABLE webhook_delivery (
    seq             BIGSERIAL   PRIMARY KEY,
    id              UUID        NOT NULL UNIQUE,
    endpoint_id     UUID        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id        TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    payload         TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    leased_until    TIMESTAMPTZ,
    last_status     INT,
    last_error      TEXT,
    last_response   TEXT,
    last_latency_ms INT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at     TIMESTAMPTZ,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subject_order ON webhook_delivery (endpoint_id, subject, seq) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_of_endpoint ON webhook_delivery (endpoint_id, seq DESC);

-- Every call made for a delivery: its answer (status, an excerpt) or the error, and how long it took.
CREATE TABLE webhook_attempt (
    delivery_id      UUID        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt          INT         NOT NULL,
    attempted_at     TIMESTAMPTZ NOT NULL,
    status_code      INT,
    latency_ms       INT         NOT NULL,
    response_excerpt TEXT,
    error            TEXT,
    PRIMARY KEY (delivery_id, attempt)
);

-- A unit's inbox (reminders, SLA escalations, decisions and orders addressed to it).
CREATE TABLE notification (
    id         UUID        PRIMARY KEY,
    unit       TEXT        NOT NULL,
    kind       TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    detail     TEXT,
    subject    TEXT,
    event_id   TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    read_at    TIMESTAMPTZ,
    UNIQUE (unit, event_id)
);
CREATE INDEX notification_of_unit ON notification (unit, created_at DESC);
