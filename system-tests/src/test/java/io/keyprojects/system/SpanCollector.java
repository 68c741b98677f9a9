package io.keyprojects.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP collector inside the test JVM: what the running processes export when {@code OTEL_EXPORTER_OTLP_ENDPOINT}
 * names it ({@code OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf}: a POST of an {@code ExportTraceServiceRequest} to
 * {@code /v1/traces}, gzipped when the exporter is told to compress), kept in memory so a test can read one trace
 * as a collector would show it. Only the newest spans are kept, so the whole suite's traffic does not pile up.
 */
final class SpanCollector implements AutoCloseable {
    private static final int KEEP = 50_000;
    private static final HexFormat HEX = HexFormat.of();

    /** One exported span: the process that made it ({@code service.name}), its ids as hex ("" for no parent), kind and attributes. */
    record CollectedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Span.SpanKind kind,
                         Map<String, String> attributes) {
        String attribute(String key) {
            return attributes.get(key);
        }

        boolean isRoot() {
            return parentSpanId.isEmpty();
        }

        @Override
        public String toString() {
            String path = attributes.containsKey("url.path") ? " " + attributes.get("http.request.method") + " " + attributes.get("url.path") : "";
            return service + " " + kind + " '" + name + "'" + path + " " + spanId + " <- " + (isRoot() ? "(root)" : parentSpanId);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "otlp-collector");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<CollectedSpan> spans = new ArrayDeque<>();
    private long requests;

    private SpanCollector(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free port of the loopback interface. */
    static SpanCollector start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        SpanCollector collector = new SpanCollector(server);
        server.createContext("/v1/traces", collector::export);
        server.setExecutor(collector.threads);
        server.start();
        return collector;
    }

    /** What a process's {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set to (the exporter appends {@code /v1/traces}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The spans of trace {@code traceId} (32 hex digits) received so far, in the order they arrived. */
    synchronized List<CollectedSpan> ofTrace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /** How many export requests arrived (any trace). */
    synchronized long requests() {
        return requests;
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = body(exchange)) {
                request = ExportTraceServiceRequest.parseFrom(body);
            } catch (IOException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            keep(request);
            // an empty ExportTraceServiceResponse: everything accepted (zero bytes of protobuf)
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        InputStream body = exchange.getRequestBody();
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(body) : body;
    }

    private synchronized void keep(ExportTraceServiceRequest request) {
        requests++;
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = serviceName(resourceSpans.getResource());
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    spans.addLast(collected(service, span));
                    if (spans.size() > KEEP) {
                        spans.removeFirst();
                    }
                }
            }
        }
    }

    private static CollectedSpan collected(String service, Span span) {
        return new CollectedSpan(service, HEX.formatHex(span.getTraceId().toByteArray()), HEX.formatHex(span.getSpanId().toByteArray()),
                HEX.formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind(), attributes(span.getAttributesList()));
    }

    private static String serviceName(Resource resource) {
        return attributes(resource.getAttributesList()).getOrDefault("service.name", "?");
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        Map<String, String> named = new LinkedHashMap<>();
        for (KeyValue attribute : attributes) {
            named.put(attribute.getKey(), text(attribute.getValue()));
        }
        return named;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString().strip();
        };
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
