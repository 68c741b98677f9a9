package io.keyprojects.assessment.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.RecordedSpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The facts take an event in within the trace of the write that made it, batch consumer as they are. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class FactEventsTraceTest {
    private static final String TRACE = "8a3c60f7d188f8fa79d48a391a778fa6";
    private static final String WRITER_SPAN = "53995c3f42cd8ad8";

    @Inject
    RecordedSpans spans;

    @Test
    void an_event_is_applied_in_a_span_whose_parent_is_the_writer_s() {
        UUID issue = UUID.randomUUID();
        CloudEvent event = CloudEvent.of(EventType.ISSUE_RESOLVED, issue.toString(), EventJson.MAPPER.valueToTree(new IssueResolved(issue,
                UUID.randomUUID(), "LAND", "ZJJ", "用地已落实", LocalDate.parse("2026-06-20"), LocalDate.parse("2026-07-01"), true, "commander")),
                Instant.now());
        EventProbe.send(Topics.ISSUES, issue.toString(), EventJson.write(event),
                Map.of("traceparent", "00-" + TRACE + "-" + WRITER_SPAN + "-01", "ce_id", event.id(), "ce_type", event.type()));

        List<SpanData> trace = await().atMost(Duration.ofSeconds(60)).until(() -> spans.ofTrace(TRACE),
                recorded -> recorded.stream().anyMatch(span -> span.getKind() == SpanKind.CONSUMER));
        SpanData consumed = trace.stream().filter(span -> span.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        assertEquals(WRITER_SPAN, consumed.getParentSpanId());
        assertEquals(event.id(), consumed.getAttributes().get(AttributeKey.stringKey("messaging.message.id")));
        assertEquals(Topics.ISSUES, consumed.getAttributes().get(AttributeKey.stringKey("messaging.destination.name")));
    }
}
