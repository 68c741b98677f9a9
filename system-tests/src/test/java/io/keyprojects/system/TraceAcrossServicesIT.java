package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.system.SpanCollector.CollectedSpan;
import io.keyprojects.testing.EventProbe;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace, as an operator follows it in a collector: every process of the running system exports its spans over
 * OTLP (to {@link SpanCollector} in this JVM), and a project registered through the gateway makes one trace from the
 * gateway's span, through projects-service's request and its outbox relay, across Kafka, into the services that
 * consume the event — each link a parent named across process boundaries.
 */
class TraceAcrossServicesIT {
    private static final String PATH = "/api/projects";

    @BeforeAll
    static void system() {
        RestAssured.baseURI = RunningSystem.get().gatewayUrl();
    }

    @Test
    void a_write_through_the_gateway_its_event_and_its_consumers_are_one_trace() {
        String commander = WalkingSkeletonIT.token("commander", null);
        String unit = "TR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("{\"code\":\"" + unit + "\",\"name\":\"追踪局\",\"kind\":\"BUREAU\"}")
                .post("/api/units").then().statusCode(201);
        String projectId = given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("""
                        {"code": "2026-ZD-%s", "name": "城北供水管网改造", "category": "INFRASTRUCTURE", "year": 2026,
                         "leadUnit": "%s", "plannedInvestment": "5000.00", "annualPlannedInvestment": "2000.00",
                         "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(unit, unit))
                .post("/api/projects").then().statusCode(201).extract().path("id");

        // the event as it is on the wire: the envelope's traceparent extension and both headers name the same context
        String raw;
        Map<String, String> headers;
        try (EventProbe probe = EventProbe.on(Topics.PROJECTS)) {
            raw = probe.awaitRaw(e -> projectId.equals(e.subject()) && EventType.PROJECT_REGISTERED.typeName().equals(e.type()),
                    Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("no project-registered event for " + projectId));
            headers = probe.awaitHeaders(raw::equals, Duration.ofSeconds(5)).orElseThrow();
        }
        CloudEvent event = EventJson.read(raw);
        String traceparent = event.traceparent();
        assertNotNull(traceparent, "the event of a write through the gateway carries its trace");
        assertEquals(traceparent, headers.get("traceparent"), "Kafka header traceparent");
        assertEquals(traceparent, headers.get("ce_traceparent"), "Kafka header ce_traceparent");
        String trace = traceparent.split("-")[1];
        String written = traceparent.split("-")[2];

        SpanCollector collector = RunningSystem.get().spans();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<CollectedSpan> spans = collector.ofTrace(trace);
            Map<String, CollectedSpan> byId = spans.stream().collect(Collectors.toMap(CollectedSpan::spanId, Function.identity(), (a, b) -> a));
            String seen = spans.stream().map(CollectedSpan::toString).collect(Collectors.joining("\n  ", "trace " + trace + ":\n  ", ""));

            // the gateway starts the trace (the caller sent none) and hands it to projects-service
            CollectedSpan gateway = request(spans, "gateway", seen);
            assertTrue(gateway.isRoot(), "the gateway's span is the trace's root\n" + seen);
            CollectedSpan service = request(spans, "projects-service", seen);
            CollectedSpan handedOn = byId.get(service.parentSpanId());
            assertTrue(handedOn != null && handedOn.service().equals("gateway") && descendsFrom(handedOn, gateway, byId),
                    "projects-service's request is a child of the gateway's work on it\n" + seen);

            // the event was written within that request, and the relay published it in the same trace
            CollectedSpan writer = byId.get(written);
            assertNotNull(writer, "the span the event names was exported: " + written + "\n" + seen);
            assertTrue(descendsFrom(writer, service, byId), "the event was written within projects-service's request\n" + seen);
            CollectedSpan publish = message(spans, "projects-service", SpanKind.SPAN_KIND_PRODUCER, event.id(), seen);
            assertEquals(Topics.PROJECTS + " publish", publish.name());
            assertEquals(written, publish.parentSpanId(), "the relay's span is a child of the writing span\n" + seen);

            // another process takes the event in, in a span whose parent is the one the record names
            for (String consumer : List.of("issues-service", "assessment-service", "notifications-service")) {
                CollectedSpan consumed = message(spans, consumer, SpanKind.SPAN_KIND_CONSUMER, event.id(), seen);
                assertEquals(Topics.PROJECTS + " process", consumed.name());
                assertEquals(written, consumed.parentSpanId(), consumer + " continues the event's trace\n" + seen);
            }

            // and no link is broken: every span but the root has its parent in the trace
            for (CollectedSpan span : spans) {
                assertTrue(span.isRoot() ? span == gateway : byId.containsKey(span.parentSpanId()),
                        "a span outside the tree: " + span + "\n" + seen);
            }
            Set<String> processes = spans.stream().map(CollectedSpan::service).collect(Collectors.toCollection(java.util.TreeSet::new));
            System.out.printf("trace %s: %d spans from %s%n", trace, spans.size(), processes);
        });
    }

    /** The one server span {@code service} made for the POST to {@value #PATH} (by the HTTP attributes, whatever the span's name). */
    private static CollectedSpan request(List<CollectedSpan> spans, String service, String seen) {
        List<CollectedSpan> found = spans.stream().filter(span -> span.service().equals(service) && span.kind() == SpanKind.SPAN_KIND_SERVER
                && "POST".equals(span.attribute("http.request.method")) && PATH.equals(span.attribute("url.path"))).toList();
        assertEquals(1, found.size(), "one server span of " + service + " for POST " + PATH + "\n" + seen);
        return found.get(0);
    }

    /** The one span of {@code kind} that {@code service} made for the event {@code eventId}. */
    private static CollectedSpan message(List<CollectedSpan> spans, String service, SpanKind kind, String eventId, String seen) {
        List<CollectedSpan> found = spans.stream().filter(span -> span.service().equals(service) && span.kind() == kind
                && eventId.equals(span.attribute("messaging.message.id"))).toList();
        assertEquals(1, found.size(), "one " + kind + " span of " + service + " for event " + eventId + "\n" + seen);
        return found.get(0);
    }

    /** Whether {@code ancestor} is {@code span} itself or on its chain of parents. */
    private static boolean descendsFrom(CollectedSpan span, CollectedSpan ancestor, Map<String, CollectedSpan> byId) {
        for (CollectedSpan at = span; at != null; at = byId.get(at.parentSpanId())) {
            if (at.spanId().equals(ancestor.spanId())) {
                return true;
            }
        }
        return false;
    }
}
