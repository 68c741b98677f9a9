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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>
 * Each event loop has its own proxies and clients (see {@link #forThisLoop}); the instances' rotation and circuits
 * ({@link InstancePools}) are shared by all of them.
 */
@ApplicationScoped
public class UpstreamProxies {
    private final Vertx vertx;
    private final List<Upstream> upstreams;
    private final InstancePools pools;
    private final RetryPolicy retry;
    private final LinkRewriting links;
    private final GatewaySettings settings;
    /** Each event-loop thread's own proxies, by upstream name; built on the loop's first proxied request. */
    private final Map<Thread, Map<String, HttpProxy>> byLoop = new ConcurrentHashMap<>();
    private final Map<String, HttpClient> clients = new HashMap<>();
    private final HttpClient other;

    UpstreamProxies(Vertx vertx, RouteTable routes, InstancePools pools, GatewaySettings settings) {
        this.vertx = vertx;
        this.upstreams = routes.upstreams();
        this.pools = pools;
        this.settings = settings;
        this.retry = new RetryPolicy(settings.retry().maxRetries(), settings.retry().backoff());
        this.links = new LinkRewriting(new PublicLinks(upstreams.stream()
                .flatMap(upstream -> upstream.instances().stream()).map(Instance::baseUrl)
                .collect(java.util.stream.Collectors.toSet())), PublicOrigin.from(settings));
        other = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(4)
                .setConnectTimeout((int) settings.connectTimeout().toMillis()));
        for (Upstream upstream : upstreams) {
            clients.put(upstream.name(), vertx.createHttpClient(options(upstream, settings, 16)));
        }
    }

    /**
     * A client opens its connections on the event loop of the request that needed one, but hands any idle one to the
     * next request, whichever loop that runs on: the request is then written from the connection's loop and its answer
     * handed back to the request's, two hand-overs between threads per request. With one client per loop every
     * proxied request stays on the thread that read it, as a one-worker nginx does.
     */
    private Map<String, HttpProxy> forThisLoop(Thread loop) {
        Map<String, HttpProxy> proxies = new HashMap<>();
        for (Upstream upstream : upstreams) {
            HttpClient client = vertx.createHttpClient(options(upstream, settings, 64).setTracingPolicy(TracingPolicy.IGNORE));
            HttpProxy proxy = HttpProxy.reverseProxy(client)
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
            proxies.put(upstream.name(), proxy);
        }
        return proxies;
    }

    private static HttpClientOptions options(Upstream upstream, GatewaySettings settings, int poolSize) {
        return new HttpClientOptions()
                .setMaxPoolSize(poolSize)
                .setKeepAlive(true)
                .setSsl(upstream.instances().get(0).ssl())
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setIdleTimeout(60);
    }

    /** Hands the request to the upstream's proxy (this event loop's); the proxy answers it (upstream answer or problem). */
    public void forward(Upstream upstream, HttpServerRequest request) {
        byLoop.computeIfAbsent(Thread.currentThread(), this::forThisLoop).get(upstream.name()).handle(request);
    }

    /** The upstream's pooled client for the gateway's own calls (dashboard, OpenAPI): traced as client spans. */
    public HttpClient client(Upstream upstream) {
        return clients.getOrDefault(upstream.name(), other);
    }
}
