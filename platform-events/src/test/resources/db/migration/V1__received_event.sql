-- What the test application's consumer applied, once per event (the inbox keeps duplicates out).
CREATE TABLE received_event (
    event_id   TEXT PRIMARY KEY,
    event_type TEXT NOT NULL,
    subject    TEXT NOT NULL
);
-- Something for Hibernate Reactive to map: with no entity at all, Quarkus would leave it (and Outbox) off.
CREATE TABLE note (
    id   BIGINT PRIMARY KEY,
    text TEXT NOT NULL
);
