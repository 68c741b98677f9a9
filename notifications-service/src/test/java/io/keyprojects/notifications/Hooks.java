package io.keyprojects.notifications;

import static io.restassured.RestAssured.given;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;

/** What the tests share: tokens, registering an endpoint, and writing events as their owners do. */
public final class Hooks {
    private Hooks() {
    }

    public static String department(String unit) {
        return TestTokens.bearer(TestTokens.department(unit));
    }

    public static String commander() {
        return TestTokens.bearer(TestTokens.commander());
    }

    public static ValidatableResponse register(String unit, String url, String scope, EventType... types) {
        String list = String.join(", ", java.util.Arrays.stream(types).map(t -> "\"" + t.typeName() + "\"").toList());
        return given().header("Authorization", department(unit)).contentType(ContentType.JSON)
                .body("""
                        {"url": "%s", "description": "单位系统", "eventTypes": [%s], "scope": "%s"}""".formatted(url, list, scope))
                .post("/api/webhooks").then();
    }

    /** Writes {@code data} as an event of {@code type} about {@code subject} on its topic, as its owner's relay does. */
    public static CloudEvent publish(EventType type, String subject, Object data) {
        return publish(type, subject, data, null);
    }

    /** The same, written in the trace {@code traceparent} names (envelope extension and header, as the relay sends it). */
    public static CloudEvent publish(EventType type, String subject, Object data, String traceparent) {
        CloudEvent event = CloudEvent.of(type, subject, EventJson.MAPPER.valueToTree(data), Instant.now(), traceparent);
        EventProbe.send(type.topic(), subject, EventJson.write(event),
                traceparent == null ? java.util.Map.of() : java.util.Map.of("traceparent", traceparent, "ce_traceparent", traceparent));
        return event;
    }
}
