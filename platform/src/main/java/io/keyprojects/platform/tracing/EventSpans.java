package io.keyprojects.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The span of one consumer handling one event: a child of the context the event was written in (its
 * {@code traceparent}), so a trace runs from the request that changed something, through the outbox and Kafka,
 * into every service that took the event in. Every consumer of the platform makes its spans here.
 */
@ApplicationScoped
public class EventSpans {
    private final Tracer tracer;

    EventSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Starts the span of {@code consumer} handling an event of {@code type} read from {@code topic}; the caller ends it.
     *
     * @param traceparent the event's trace context (Kafka header or CloudEvents extension), null when it has none
     */
    public Span consuming(String consumer, String topic, String type, String eventId, String traceparent) {
        return messaging(topic + " process", topic, "process", SpanKind.CONSUMER, eventId, type, traceparent)
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
    }

    /**
     * Starts the span of the outbox relay publishing an event to {@code topic}; the caller ends it once the broker
     * answered. Its parent is the context the event was written in, so a trace shows when the write's event left for
     * Kafka (the wait in the outbox included). Consumers stay children of that same written context — the one the
     * record and its envelope carry — as the creation context of a message is what travels with it.
     *
     * @param traceparent the event's trace context as stored with its outbox row, never null
     */
    public Span publishing(String topic, String type, String eventId, String key, String traceparent) {
        return messaging(topic + " publish", topic, "send", SpanKind.PRODUCER, eventId, type, traceparent)
                .setAttribute("messaging.kafka.message.key", key == null ? "" : key)
                .startSpan();
    }

    /** What a publish and a process span share (OpenTelemetry's messaging conventions), parented by the event's context. */
    private SpanBuilder messaging(String name, String topic, String operation, SpanKind kind, String eventId, String type,
            String traceparent) {
        return tracer.spanBuilder(name)
                .setParent(TraceParent.parse(traceparent))
                .setSpanKind(kind)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", operation)
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", eventId == null ? "" : eventId)
                .setAttribute("cloudevents.event_type", type == null ? "" : type);
    }

    /**
     * Runs {@code work} with {@code span} current while it is built and subscribed to (its first steps, their spans and
     * log lines belong to the span), and ends the span when the work ends, recording a failure.
     */
    public static <T> Uni<T> within(Span span, Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>emitter(emitter -> {
                    try (Scope ignored = span.makeCurrent()) {
                        var subscription = work.get().subscribe().with(emitter::complete, emitter::fail);
                        emitter.onTermination(subscription::cancel);
                    }
                })
                .onFailure().invoke(e -> failed(span, e))
                .onTermination().invoke(span::end);
    }

    /** Runs blocking {@code work} with {@code span} current, then ends it. */
    public static void within(Span span, Runnable work) {
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Marks {@code span} failed by {@code e} (its exception event and an error status); the caller ends it. */
    public static void failed(Span span, Throwable e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
    }
}
