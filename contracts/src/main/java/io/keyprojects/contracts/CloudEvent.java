package io.keyprojects.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The CloudEvents 1.0 envelope in structured JSON mode, as every service writes it on Kafka.
 * The Kafka record key is {@link #subject()} (the aggregate id), so one aggregate's events stay ordered.
 * {@link #dataschema()} names the JSON Schema of {@link #data()} ({@link EventType#dataSchema()}); events
 * stored before it was sent have none. {@link #traceparent()} is the CloudEvents distributed-tracing extension: the
 * W3C trace context of the work that wrote the event (absent when it was written outside any trace), which every
 * consumer continues.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        JsonNode data,
        String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** An event outside any trace. */
    public CloudEvent(String specversion, String id, String source, String type, String subject, Instant time,
                      String datacontenttype, String dataschema, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, dataschema, data, null);
    }

    /** A new event of {@code type} about {@code subject}, stamped now with a fresh id, outside any trace. */
    public static CloudEvent of(EventType type, String subject, JsonNode data, Instant time) {
        return of(type, subject, data, time, null);
    }

    /** A new event of {@code type} about {@code subject}, written in the trace {@code traceparent} names (null: none). */
    public static CloudEvent of(EventType type, String subject, JsonNode data, Instant time, String traceparent) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID().toString(), type.source(), type.typeName(),
                subject, time, JSON, type.dataSchema(), data, traceparent);
    }
}
