package io.keyprojects.gateway.resilience;

import io.keyprojects.gateway.settings.GatewaySettings;
import io.keyprojects.gateway.upstream.RouteTable;
import io.keyprojects.gateway.upstream.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One circuit breaker per upstream, shared by the proxy and the gateway's own calls (dashboard, OpenAPI). */
@ApplicationScoped
public class Circuits {
    private final Map<String, CircuitBreaker> byUpstream = new ConcurrentHashMap<>();

    Circuits(GatewaySettings settings, RouteTable routes) {
        for (Upstream upstream : routes.upstreams()) {
            byUpstream.put(upstream.name(), new CircuitBreaker(settings.circuit().failureThreshold(),
                    settings.circuit().openFor().toMillis(), settings.circuit().minFailureSpan().toMillis(), System::nanoTime));
        }
    }

    public CircuitBreaker of(Upstream upstream) {
        return byUpstream.get(upstream.name());
    }
}
