package io.keyprojects.gateway.routing;

import io.keyprojects.gateway.resilience.InstancePools;
import io.keyprojects.gateway.resilience.RetryPolicy;
import io.keyprojects.gateway.resilience.UpstreamGuard;
import io.keyprojects.gateway.settings.GatewaySettings;
import io.keyprojects.gateway.upstream.Instance;
import io.keyprojects.gateway.upstream.RouteTable;
import io.keyprojects.gateway.upstream.Upstream;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * A vertx-http-proxy reverse proxy per upstream: it streams request and response bodies (nothing is
 * buffered whole), drops hop-by-hop headers, and runs on the event loop. Each upstream has its own
 * connection pool (per instance) and timeout, each instance its circuit, so a slow or dead service cannot starve
 * the others. The guard picks the instance of each attempt; the origin provider connects to it.
 * <p>
 * The proxied calls make no client span of their own: the entrance has already written the gateway's server span
 * into the forwarded {@code traceparent}, so the service's span is its child and the trace stays whole. A second
 * span per request (start, attributes, end, export queue) was a seventh of the gateway's CPU on the read bench
 * (bench/results/2026-11-28-gateway-profile.md). The gateway's own calls (dashboard, OpenAPI) keep theirs.
 */
@ApplicationScoped
public class UpstreamProxies {
    private final Map<String, HttpProxy> byUpstream = new HashMap<>();
    private final Map<String, HttpClient> clients = new HashMap<>();
    private final HttpClient other;

    UpstreamProxies(Vertx vertx, RouteTable routes, InstancePools pools, GatewaySettings settings) {
        other = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(4)
                .setConnectTimeout((int) settings.connectTimeout().toMillis()));
        RetryPolicy retry = new RetryPolicy(settings.retry().maxRetries(), settings.retry().backoff());
        LinkRewriting links = new LinkRewriting(new PublicLinks(routes.upstreams().stream()
                .flatMap(upstream -> upstream.instances().stream()).map(Instance::baseUrl)
                .collect(java.util.stream.Collectors.toSet())), PublicOrigin.from(settings));
        for (Upstream upstream : routes.upstreams()) {
            HttpClient proxied = vertx.createHttpClient(options(upstream, settings, 64).setTracingPolicy(TracingPolicy.IGNORE));
            HttpClient own = vertx.createHttpClient(options(upstream, settings, 16));
            HttpProxy proxy = HttpProxy.reverseProxy(proxied)
                    .origin(context -> {
                        Instance instance = context.get(UpstreamGuard.INSTANCE, Instance.class); // the guard's choice
                        return context.client().request(new RequestOptions()
                                .setHost(instance.host())
                                .setPort(instance.port())
                                .setSsl(instance.ssl())
                                .setIdleTimeout(upstream.timeout().toMillis()));
                    })
                    .addInterceptor(new UpstreamGuard(pools.of(upstream), retry, vertx))
                    .addInterceptor(links);
            byUpstream.put(upstream.name(), proxy);
            clients.put(upstream.name(), own);
        }
    }

    private static HttpClientOptions options(Upstream upstream, GatewaySettings settings, int poolSize) {
        return new HttpClientOptions()
                .setMaxPoolSize(poolSize)
                .setKeepAlive(true)
                .setSsl(upstream.instances().get(0).ssl())
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setIdleTimeout(60);
    }

    /** Hands the request to the upstream's proxy; the proxy answers it (upstream answer or problem). */
    public void forward(Upstream upstream, HttpServerRequest request) {
        byUpstream.get(upstream.name()).handle(request);
    }

    /** The upstream's pooled client for the gateway's own calls (dashboard, OpenAPI): traced as client spans. */
    public HttpClient client(Upstream upstream) {
        return clients.getOrDefault(upstream.name(), other);
    }
}
