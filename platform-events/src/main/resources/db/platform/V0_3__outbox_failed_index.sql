-- The outbox's wellness check counts rows the broker refused for good; few, but the table holds a week of
-- published rows, so they get their own small index like the pending ones.
CREATE INDEX outbox_event_failed ON outbox_event (seq) WHERE status = 'FAILED';
