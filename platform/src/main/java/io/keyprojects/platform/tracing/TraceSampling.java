package io.keyprojects.platform.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which spans a process records. With somewhere to send them (an OTLP endpoint, or any other span exporter the
 * application has, as the tests' in-memory one): the share {@code OTEL_TRACES_SAMPLER_ARG} of new traces, a request
 * that arrives with a trace keeping its caller's decision. With nowhere to send them: none. Their ids are made and
 * passed on all the same — the gateway's {@code traceparent} to the services, outbox rows, Kafka records, webhooks,
 * and the trace and span ids on every log line — but a span nobody will read is not filled in, timed and ended on
 * every request. Unrecorded traces carry the
 * "not sampled" flag, so the next process records nothing of them either: set the endpoint on every process.
 */
@Singleton
public class TraceSampling {
    private static final Logger LOG = Logger.getLogger(TraceSampling.class);

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint") Optional<String> tracesEndpoint,
                    @ConfigProperty(name = "quarkus.otel.traces.sampler.arg", defaultValue = "1.0") double ratio,
                    @Any Instance<SpanExporter> exporters) {
        // only the traces endpoint counts: the platform sets it (blank without OTEL_EXPORTER_OTLP_ENDPOINT), and it is the
        // one the exporter uses; the generic quarkus.otel.exporter.otlp.endpoint has a default (localhost:4317) of its own
        boolean endpoint = named(tracesEndpoint);
        boolean beans = !exporters.isUnsatisfied();
        LOG.infof("traces: spans %s", endpoint || beans
                ? "recorded (share of new traces " + ratio + "; " + (endpoint ? "OTLP endpoint" : "a span exporter bean") + ")"
                : "not recorded: no OTLP endpoint and no span exporter (trace ids are still made, logged and passed on)");
        return choose(endpoint || beans, ratio);
    }

    /** The sampler for a process whose spans are {@code exported} somewhere, or not. */
    static Sampler choose(boolean exported, double ratio) {
        return exported ? Sampler.parentBased(Sampler.traceIdRatioBased(ratio)) : Sampler.alwaysOff();
    }

    private static boolean named(Optional<String> endpoint) {
        return endpoint.filter(value -> !value.isBlank()).isPresent();
    }
}
