-- The W3C trace context (traceparent) of the request or work that wrote the event: the relay sends it on as the
-- record's traceparent and ce_traceparent headers so consumers continue the trace. Null for events written outside
-- any trace, and for rows written before traces were kept.
ALTER TABLE outbox_event ADD COLUMN trace_parent TEXT;
