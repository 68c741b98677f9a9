package io.keyprojects.gateway.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness shows each upstream instance's circuit (or that it is ejected), but stays UP while services fail: the gateway still answers
 * (503 problems for that service, everything else normally), so taking it out of rotation would only
 * make the other services unreachable too.
 */
@Readiness
@ApplicationScoped
public class UpstreamCircuitsHealth implements HealthCheck {
    private final InstancePools pools;

    UpstreamCircuitsHealth(InstancePools pools) {
        this.pools = pools;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("upstream circuits").up();
        for (InstancePool pool : pools.all()) {
            for (BalancedInstance member : pool.members()) {
                String key = pool.members().size() == 1 ? pool.upstream().name() : pool.upstream().name() + " " + member;
                response.withData(key, member.ejected() ? "EJECTED" : member.circuit().state().name());
            }
        }
        return response.build();
    }
}
