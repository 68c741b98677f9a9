package io.keyprojects.gateway.accesslog;

import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.routing.GatewaySettings;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * One line per request, written when the response ends: request id, client, method and path, the
 * route (which service, or the gateway itself), status, latency. Its own logger category
 * ({@code io.keyprojects.gateway.access}) so it can be routed or silenced on its own.
 */
@ApplicationScoped
public class AccessLog {
    public static final String ROUTE_KEY = "kp.route";
    private static final Logger LOG = Logger.getLogger("io.keyprojects.gateway.access");
    private final boolean enabled;

    AccessLog(GatewaySettings settings) {
        this.enabled = settings.accessLog();
    }

    public void track(RoutingContext ctx, String requestId) {
        if (!enabled || !LOG.isInfoEnabled()) {
            return;
        }
        long start = System.nanoTime();
        ctx.addEndHandler(done -> {
            Client client = ctx.get(Client.CONTEXT_KEY);
            String route = ctx.get(ROUTE_KEY);
            LOG.infof("%s %s %s %s route=%s status=%d latency=%.1fms", requestId,
                    client == null ? "anonymous" : client.id(), ctx.request().method(), ctx.request().path(),
                    route == null ? "gateway" : route, ctx.response().getStatusCode(),
                    (System.nanoTime() - start) / 1_000_000d);
        });
    }
}
