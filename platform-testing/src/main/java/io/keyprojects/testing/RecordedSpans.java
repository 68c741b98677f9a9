package io.keyprojects.testing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/**
 * The spans the application under test finished, in memory: every Quarkus application of the platform exports
 * its spans to the {@code SpanExporter} beans it has, and in tests this is one (platform-testing is indexed).
 * Only spans of the trace a test asks about matter to it; the rest are dropped now and then so a long test run
 * does not hoard them.
 */
@Singleton
public class RecordedSpans implements SpanExporter {
    private static final int KEEP = 20_000;
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> finished) {
        if (spans.getFinishedSpanItems().size() > KEEP) {
            spans.reset();
        }
        return spans.export(finished);
    }

    /** The finished spans of the trace {@code traceId} (32 hex digits). */
    public synchronized List<SpanData> ofTrace(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
