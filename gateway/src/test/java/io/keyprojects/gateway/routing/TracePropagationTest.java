package io.keyprojects.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.testing.RecordedSpans;
import io.keyprojects.testing.TestTokens;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway joins a caller's trace and hands it on to the service, with its own span between them. */
@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class TracePropagationTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    RecordedSpans spans;

    @Test
    void the_service_gets_the_caller_s_trace_with_the_gateway_s_span_as_parent() {
        String forwarded = given().header("Authorization", COMMANDER).header("X-Request-Id", "trace-test-1")
                .header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                .get("/api/units").then().statusCode(200).extract().path("traceparent");

        String[] parts = forwarded.split("-");
        assertEquals(TRACE, parts[1], "the service's request belongs to the caller's trace");
        assertNotEquals(CALLER_SPAN, parts[2], "the gateway's span sits between the caller and the service");
        List<SpanData> gateway = await().atMost(Duration.ofSeconds(10)).until(() -> spans.ofTrace(TRACE),
                recorded -> recorded.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER));
        SpanData server = gateway.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals(CALLER_SPAN, server.getParentSpanId());
        assertEquals("trace-test-1", server.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("kp.request_id")));
        assertEquals(server.getSpanId(), parts[2], "the service's parent is the gateway's span for the request");
        assertTrue(gateway.stream().noneMatch(span -> span.getKind() == SpanKind.CLIENT),
                "one span per proxied request: the call to the service is not a second one (half the tracing cost)");
    }

    @Test
    void a_request_without_a_trace_starts_one_at_the_gateway() {
        String forwarded = given().header("Authorization", COMMANDER).get("/api/units")
                .then().statusCode(200).extract().path("traceparent");
        assertTrue(forwarded.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), forwarded);
    }
}
