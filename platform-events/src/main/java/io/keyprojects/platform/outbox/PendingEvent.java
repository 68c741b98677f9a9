package io.keyprojects.platform.outbox;

/** An outbox row claimed by the relay. */
record PendingEvent(long seq, String eventId, String topic, String key, String type, String payload, String traceParent) {
}
