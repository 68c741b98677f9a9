-- Where a unit and its people want their notifications by e-mail. Contact details never travel in events (they stay
-- with projects-service and the unit), so a unit registers its own notification addresses here: one for the unit
-- (person_id NULL) and one per person of it (责任人) at most.
CREATE TABLE mailbox (
    id            UUID        PRIMARY KEY,
    unit          TEXT        NOT NULL,
    person_id     UUID,
    address       TEXT        NOT NULL,
    registered_by TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX mailbox_of_unit ON mailbox (unit) WHERE person_id IS NULL;
CREATE UNIQUE INDEX mailbox_of_person ON mailbox (person_id) WHERE person_id IS NOT NULL;

-- The county's people (责任人) as this service knows them, from person-registered and person-updated events
-- (platform-events KnownPeople): a unit registers addresses for its own people only. Names and posts only.
CREATE TABLE known_person (
    id      UUID PRIMARY KEY,
    name    TEXT    NOT NULL,
    title   TEXT    NOT NULL,
    unit    TEXT,
    kind    TEXT    NOT NULL,
    active  BOOLEAN NOT NULL,
    version BIGINT  NOT NULL
);

-- Who answers for a subject (a blocker, an order), as the last event naming a responsible person said: a reminder or
-- an escalation that names only the unit still reaches the person (专人) by e-mail.
CREATE TABLE responsible_person (
    subject   TEXT PRIMARY KEY,
    person_id UUID NOT NULL
);

-- Outgoing e-mail: written in the transaction that puts the notification in the inbox, sent by whichever instance
-- takes the row (FOR UPDATE SKIP LOCKED and a lease, as the webhook queue), retried on the mail schedule.
CREATE TABLE mail_message (
    seq             BIGSERIAL   PRIMARY KEY,
    id              UUID        NOT NULL UNIQUE,
    notification_id UUID        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    leased_until    TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    UNIQUE (notification_id, recipient)
);
CREATE INDEX mail_message_due ON mail_message (next_attempt_at) WHERE status = 'PENDING';
