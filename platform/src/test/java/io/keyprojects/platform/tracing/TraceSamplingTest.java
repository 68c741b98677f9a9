package io.keyprojects.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.Test;

/** Spans are recorded only when they go somewhere; the trace context travels on either way. */
class TraceSamplingTest {
    private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void without_an_exporter_a_request_still_joins_its_caller_s_trace_and_passes_it_on_but_nothing_is_recorded() {
        Span span = tracer(false).spanBuilder("GET /api/projects/{id}").setParent(TraceParent.parse(CALLER)).startSpan();
        assertFalse(span.isRecording(), "no span is filled in for nobody");
        String passedOn = TraceParent.of(Context.root().with(span));
        String[] parts = passedOn.split("-");
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parts[1], "the service's work belongs to the caller's trace");
        assertTrue(parts[2].matches("[0-9a-f]{16}") && !parts[2].equals("00f067aa0ba902b7"), "under a span id of its own");
        assertEquals("00", parts[3], "marked as not recorded, so the next process records nothing of it either");
    }

    @Test
    void without_an_exporter_a_new_request_still_starts_a_trace_with_ids_for_the_log_lines() {
        Span span = tracer(false).spanBuilder("GET /public/feed.json").startSpan();
        assertTrue(span.getSpanContext().isValid(), "trace and span ids exist: the log lines carry them");
        assertTrue(TraceParent.of(Context.root().with(span)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00"));
    }

    @Test
    void with_an_exporter_every_new_trace_is_recorded_and_a_caller_s_decision_is_kept() {
        Tracer tracer = tracer(true);
        assertTrue(tracer.spanBuilder("new").startSpan().isRecording());
        assertTrue(tracer.spanBuilder("joined").setParent(TraceParent.parse(CALLER)).startSpan().isRecording());
        String notSampled = CALLER.substring(0, CALLER.length() - 2) + "00";
        assertFalse(tracer.spanBuilder("joined").setParent(TraceParent.parse(notSampled)).startSpan().isRecording());
    }

    private static Tracer tracer(boolean exported) {
        return SdkTracerProvider.builder().setSampler(TraceSampling.choose(exported, 1.0)).build().get("test");
    }
}
