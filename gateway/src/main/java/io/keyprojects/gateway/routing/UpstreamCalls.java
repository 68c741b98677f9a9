package io.keyprojects.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.gateway.resilience.BalancedInstance;
import io.keyprojects.gateway.resilience.InstancePool;
import io.keyprojects.gateway.resilience.InstancePools;
import io.keyprojects.gateway.upstream.Instance;
import io.keyprojects.gateway.upstream.RequestIds;
import io.keyprojects.gateway.upstream.Upstream;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's own small JSON reads from the services (dashboard, OpenAPI), on the same pooled clients,
 * instance pools and circuits as the proxy, so a failing instance is skipped quickly here too (a read that finds no
 * connection is tried on another instance). Bodies are small documents, read whole; anything but a 2xx is a failure
 * the caller turns into a marked gap.
 */
@ApplicationScoped
public class UpstreamCalls {
    private final UpstreamProxies proxies;
    private final InstancePools pools;
    private final ObjectMapper json;

    UpstreamCalls(UpstreamProxies proxies, InstancePools pools, ObjectMapper json) {
        this.proxies = proxies;
        this.pools = pools;
        this.json = json;
    }

    /** Why a call gave no document: for the caller's "gap" entry. */
    public static final class Failed extends RuntimeException {
        private final int status;

        public Failed(String message) {
            this(message, 0);
        }

        public Failed(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }

        /** The service's answer (404, 403, …), or 0 when it gave none. */
        public int status() {
            return status;
        }
    }

    public Future<JsonNode> getJson(Upstream upstream, String uri, String authorization, String requestId, Duration timeout) {
        return json(upstream, get(upstream, true, uri, "application/json", authorization, requestId, timeout));
    }

    /**
     * A JSON read that neither consults nor feeds the service's circuit: for the gateway's own start-up work (the public
     * feed's backfill), which retries by itself while a service starts. Counted, its failures would open the circuit and
     * shut the service off for every caller for a while, just as it became ready.
     */
    public Future<JsonNode> getJsonOutsideCircuit(Upstream upstream, String uri, String authorization, String requestId, Duration timeout) {
        return json(upstream, get(upstream, false, uri, "application/json", authorization, requestId, timeout));
    }

    private Future<JsonNode> json(Upstream upstream, Future<Buffer> document) {
        return document.compose(body -> {
            try {
                return Future.succeededFuture(json.readTree(body.getBytes()));
            } catch (IOException e) {
                return Future.failedFuture(new Failed(upstream.name() + " answered something that is not JSON"));
            }
        });
    }

    /** A small document of another type ({@code accept}: text/html for a page), as text. */
    public Future<String> getText(Upstream upstream, String uri, String accept, String authorization, String requestId, Duration timeout) {
        return get(upstream, true, uri, accept, authorization, requestId, timeout).map(Buffer::toString);
    }

    /** {@code throughCircuit} false: a call that neither consults nor feeds the circuits (start-up work, the gateway itself). */
    private Future<Buffer> get(Upstream upstream, boolean throughCircuit, String uri, String accept, String authorization,
                               String requestId, Duration timeout) {
        InstancePool pool = pools.of(upstream);
        if (pool == null) { // not one of the services: the gateway reading from itself
            pool = new InstancePool(upstream, Integer.MAX_VALUE, 0, 0, System::nanoTime);
        }
        return attempt(pool, new HashSet<>(), throughCircuit, uri, accept, authorization, requestId, timeout);
    }

    private Future<Buffer> attempt(InstancePool pool, Set<Instance> tried, boolean throughCircuit, String uri, String accept,
                                   String authorization, String requestId, Duration timeout) {
        Upstream upstream = pool.upstream();
        Optional<BalancedInstance> chosen = throughCircuit ? pool.choose(tried) : pool.chooseOutsideCircuits(tried);
        if (chosen.isEmpty()) {
            return Future.failedFuture(new Failed(upstream.name() + " is failing (circuit open)"));
        }
        BalancedInstance member = chosen.get();
        Instance instance = member.instance();
        tried.add(instance);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                .setURI(uri)
                .setIdleTimeout(Math.min(timeout.toMillis(), upstream.timeout().toMillis()))
                .putHeader(HttpHeaders.ACCEPT, accept);
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (requestId != null) {
            options.putHeader(RequestIds.HEADER, requestId);
        }
        return proxies.client(upstream).request(options)
                .compose(request -> request.send())
                .compose(response -> read(response, upstream, throughCircuit ? member : null))
                .recover(e -> {
                    if (e instanceof Failed) {
                        return Future.failedFuture(e);
                    }
                    boolean refused = BalancedInstance.refused(e);
                    if (throughCircuit) {
                        member.failed(e);
                    }
                    if (refused && tried.size() < pool.members().size()) {
                        return attempt(pool, tried, throughCircuit, uri, accept, authorization, requestId, timeout);
                    }
                    return Future.failedFuture(new Failed(upstream.name() + " is not reachable or did not answer in time"));
                });
    }

    /** {@code member} null: the answer is not counted for or against any circuit. */
    private Future<Buffer> read(HttpClientResponse response, Upstream upstream, BalancedInstance member) {
        int status = response.statusCode();
        if (member != null) {
            member.answered(status);
        }
        return response.body().compose(body -> {
            if (status / 100 != 2) {
                return Future.failedFuture(new Failed(upstream.name() + " answered " + status, status));
            }
            return Future.succeededFuture(body);
        });
    }
}
