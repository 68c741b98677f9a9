package io.keyprojects.gateway.resilience;

import io.keyprojects.gateway.upstream.RouteTable;
import io.keyprojects.gateway.upstream.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness shows each upstream's circuit, but stays UP while services fail: the gateway still answers
 * (503 problems for that service, everything else normally), so taking it out of rotation would only
 * make the other services unreachable too.
 */
@Readiness
@ApplicationScoped
public class UpstreamCircuitsHealth implements HealthCheck {
    private final RouteTable routes;
    private final Circuits circuits;

    UpstreamCircuitsHealth(RouteTable routes, Circuits circuits) {
        this.routes = routes;
        this.circuits = circuits;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("upstream circuits").up();
        for (Upstream upstream : routes.upstreams()) {
            response.withData(upstream.name(), circuits.of(upstream).state().name());
        }
        return response.build();
    }
}
