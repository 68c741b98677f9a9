package io.keyprojects.platform.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}: version, trace id, parent span id, flags) as the text that travels
 * with a piece of work beyond one process: HTTP headers, outbox rows, the CloudEvents distributed-tracing
 * extension, Kafka headers, webhook requests. Always W3C, whatever propagators the process is configured with:
 * the stored and published form is part of the contract.
 */
public final class TraceParent {
    /** The header and the CloudEvents extension attribute. */
    public static final String HEADER = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /** The traceparent of the current span; null when no span is current (work outside any trace). */
    public static String current() {
        return of(Context.current());
    }

    /** The traceparent of {@code context}'s span; null when it has none. */
    public static String of(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(context, carrier, (map, key, value) -> map.put(key, value));
        return carrier.get(HEADER);
    }

    /**
     * The context {@code traceparent} names, as a remote parent; the root context (a new trace) when it is null or
     * malformed — a broken header from outside must not break the work it came with.
     */
    public static Context parse(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceparent.trim(), ONE_VALUE);
    }
}
