-- Idempotency-Key on creating POSTs: the first response to (caller, key) is kept in the same transaction
-- as what it created, and a retry gets it back instead of creating again. The fingerprint (method, path
-- and body) tells a true retry from a different request that reuses the key (422).
CREATE TABLE idempotency_record (
    caller       TEXT        NOT NULL,
    idem_key     TEXT        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    status       INT         NOT NULL,
    headers      TEXT        NOT NULL DEFAULT '{}',
    body         TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
