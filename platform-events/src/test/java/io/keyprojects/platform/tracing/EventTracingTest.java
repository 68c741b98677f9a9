package io.keyprojects.platform.tracing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.testapp.PlatformTestResource;
import io.keyprojects.platform.testapp.Rows;
import io.keyprojects.platform.testapp.TestEventsConsumer;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.RecordedSpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The trace of a write goes with its event: stored with the outbox row and in the envelope, sent as Kafka headers, and
 * continued by the consumer in a span whose parent is the writer's.
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class EventTracingTest {
    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String WRITER_SPAN = "b7ad6b7169203331";
    private static final String TRACEPARENT = "00-" + TRACE + "-" + WRITER_SPAN + "-01";

    @Inject
    Outbox outbox;
    @Inject
    Tracer tracer;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    RecordedSpans spans;

    @Test
    void an_event_written_in_a_trace_carries_it_in_its_row_its_envelope_and_its_record_headers() throws Throwable {
        String subject = UUID.randomUUID().toString();
        Span request = tracer.spanBuilder("a request").startSpan();
        String expected = "00-" + request.getSpanContext().getTraceId() + "-" + request.getSpanContext().getSpanId() + "-01";
        try (EventProbe probe = EventProbe.on(Topics.PROJECTS)) {
            CloudEvent written = VertxContextSupport.subscribeAndAwait(() -> {
                // as in a request: the span is current in the request's own Vert.x context for the whole of its work
                request.makeCurrent();
                return Panache.withTransaction(() -> outbox.append(EventType.PROGRESS_REPORTED, subject, Map.of("percent", 40)));
            });
            request.end();
            assertEquals(expected, written.traceparent());
            assertEquals(expected, new Rows(dataSource).text("SELECT trace_parent FROM outbox_event WHERE event_id = ?::uuid", written.id()));

            Map<String, String> headers = probe.awaitHeaders(raw -> raw.contains(written.id()), Duration.ofSeconds(30)).orElseThrow();
            assertEquals(expected, headers.get("traceparent"));
            assertEquals(expected, headers.get("ce_traceparent"));
            assertEquals(expected, EventJson.read(probe.awaitRaw(e -> e.id().equals(written.id()), Duration.ofSeconds(5)).orElseThrow()).traceparent());
        }
    }

    @Test
    void the_relay_publishes_an_event_in_a_span_of_the_trace_it_was_written_in() throws Throwable {
        Span request = tracer.spanBuilder("a request").startSpan();
        String trace = request.getSpanContext().getTraceId();
        CloudEvent written = VertxContextSupport.subscribeAndAwait(() -> {
            request.makeCurrent();
            return Panache.withTransaction(() -> outbox.append(EventType.PROGRESS_REPORTED, UUID.randomUUID().toString(), Map.of("percent", 50)));
        });
        request.end();

        List<SpanData> recorded = await().atMost(Duration.ofSeconds(60)).until(() -> spans.ofTrace(trace),
                spans -> spans.stream().anyMatch(span -> span.getKind() == SpanKind.PRODUCER));
        SpanData publish = recorded.stream().filter(span -> span.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertEquals(request.getSpanContext().getSpanId(), publish.getParentSpanId(), "published in the writer's trace, under its span");
        assertEquals(Topics.PROJECTS + " publish", publish.getName());
        assertEquals(written.id(), publish.getAttributes().get(AttributeKey.stringKey("messaging.message.id")));
        assertEquals(written.subject(), publish.getAttributes().get(AttributeKey.stringKey("messaging.kafka.message.key")));
        assertNotNull(publish.getAttributes().get(AttributeKey.longKey("messaging.kafka.offset")), "the span ends once the broker acknowledged");
    }

    @Test
    void an_event_written_outside_any_trace_has_no_trace_context() throws Throwable {
        CloudEvent written = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> outbox.append(EventType.PROGRESS_REPORTED, UUID.randomUUID().toString(), Map.of("percent", 1))));
        assertNull(written.traceparent());
        assertNull(new Rows(dataSource).text("SELECT trace_parent FROM outbox_event WHERE event_id = ?::uuid", written.id()));
    }

    @Test
    void the_consumer_handles_an_event_in_a_span_whose_parent_is_the_record_s_traceparent() {
        String subject = UUID.randomUUID().toString();
        CloudEvent event = CloudEvent.of(EventType.PROGRESS_REPORTED, subject, EventJson.MAPPER.createObjectNode().put("percent", 40),
                Instant.now());
        EventProbe.send(Topics.PROJECTS, subject, EventJson.write(event), Map.of("traceparent", TRACEPARENT, "ce_id", event.id()));

        SpanData consumed = consumerSpan(TRACE, event.id());
        assertEquals(WRITER_SPAN, consumed.getParentSpanId());
        assertEquals(TestEventsConsumer.CONSUMER, consumed.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")));
    }

    @Test
    void without_the_header_the_consumer_continues_the_envelope_s_trace_extension() {
        String trace = "5b8aa5a2d2c872e8321cf37308d69df2";
        String subject = UUID.randomUUID().toString();
        CloudEvent event = CloudEvent.of(EventType.PROGRESS_REPORTED, subject, EventJson.MAPPER.createObjectNode().put("percent", 40),
                Instant.now(), "00-" + trace + "-051581bf3cb55c13-01");
        EventProbe.send(Topics.PROJECTS, subject, EventJson.write(event), Map.of("ce_id", event.id()));

        assertEquals("051581bf3cb55c13", consumerSpan(trace, event.id()).getParentSpanId());
    }

    private SpanData consumerSpan(String traceId, String eventId) {
        List<SpanData> trace = await().atMost(Duration.ofSeconds(60)).until(() -> spans.ofTrace(traceId),
                recorded -> recorded.stream().anyMatch(span -> span.getKind() == SpanKind.CONSUMER));
        SpanData span = trace.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        assertEquals(eventId, span.getAttributes().get(AttributeKey.stringKey("messaging.message.id")));
        assertEquals(1, new Rows(dataSource).count("SELECT count(*) FROM received_event WHERE event_id = ?", eventId),
                "the event was applied within its span");
        return span;
    }
}
