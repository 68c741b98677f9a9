package io.keyprojects.gateway.resilience;

import io.keyprojects.gateway.settings.GatewaySettings;
import io.keyprojects.gateway.upstream.RouteTable;
import io.keyprojects.gateway.upstream.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The instance pool of every upstream, shared by the proxy, the gateway's own calls and the health checks. */
@ApplicationScoped
public class InstancePools {
    private final Map<String, InstancePool> byUpstream = new LinkedHashMap<>();

    InstancePools(GatewaySettings settings, RouteTable routes) {
        var circuit = settings.circuit();
        for (Upstream upstream : routes.upstreams()) {
            byUpstream.put(upstream.name(), new InstancePool(upstream, circuit.failureThreshold(),
                    circuit.openFor().toMillis(), circuit.minFailureSpan().toMillis(), System::nanoTime));
        }
    }

    public InstancePool of(Upstream upstream) {
        return byUpstream.get(upstream.name());
    }

    public List<InstancePool> all() {
        return List.copyOf(byUpstream.values());
    }
}
