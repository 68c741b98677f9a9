package io.keyprojects.projects.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.RecordedSpans;
import io.keyprojects.testing.TestTokens;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A write that arrives in a trace (the gateway's traceparent) publishes its event in that trace: the event's
 * traceparent names the service's own span of the request, whose parent is the caller's.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class WriteTraceTest {
    private static final String TRACE = "d4cda95b652f4a1592b449d5929fda1b";
    private static final String GATEWAY_SPAN = "6e0c63257de34c92";

    @Inject
    RecordedSpans spans;

    @Test
    void the_event_of_a_write_carries_the_trace_of_the_request_that_made_it() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().header("Authorization", TestTokens.bearer(TestTokens.commander())).contentType(ContentType.JSON)
                .header("traceparent", "00-" + TRACE + "-" + GATEWAY_SPAN + "-01").header("X-Request-Id", "write-trace-1")
                .body("{\"code\":\"" + code + "\",\"name\":\"" + code + " bureau\",\"kind\":\"BUREAU\"}")
                .post("/api/units").then().statusCode(201);

        Map<String, String> headers;
        String raw;
        try (EventProbe probe = EventProbe.on(Topics.PROJECTS)) {
            raw = probe.awaitRaw(e -> e.subject().equals(code) || e.data().toString().contains(code), Duration.ofSeconds(30)).orElseThrow();
            headers = probe.awaitHeaders(value -> value.equals(raw), Duration.ofSeconds(5)).orElseThrow();
        }
        String traceparent = EventJson.read(raw).traceparent();
        assertTrue(traceparent.startsWith("00-" + TRACE + "-"), traceparent);
        assertEquals(traceparent, headers.get("traceparent"));
        assertEquals(traceparent, headers.get("ce_traceparent"));

        String writer = traceparent.split("-")[2];
        List<SpanData> trace = await().atMost(Duration.ofSeconds(10)).until(() -> spans.ofTrace(TRACE),
                recorded -> recorded.stream().anyMatch(span -> span.getSpanId().equals(writer)));
        SpanData server = trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals(GATEWAY_SPAN, server.getParentSpanId(), "the service's span is the gateway's child");
        assertEquals("write-trace-1", server.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("kp.request_id")));
    }
}
