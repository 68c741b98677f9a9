package io.keyprojects.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The CloudEvents 1.0 envelope in structured JSON mode, as every service writes it on Kafka.
 * The Kafka record key is {@link #subject()} (the aggregate id), so one aggregate's events stay ordered.
 * {@link #dataschema()} names the JSON Schema of {@link #data()} ({@link EventType#dataSchema()}); events
 * stored before it was sent have none.
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
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** A new event of {@code type} about {@code subject}, stamped now with a fresh id. */
    public static CloudEvent of(EventType type, String subject, JsonNode data, Instant time) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID().toString(), type.source(), type.typeName(),
                subject, time, JSON, type.dataSchema(), data);
    }
}
