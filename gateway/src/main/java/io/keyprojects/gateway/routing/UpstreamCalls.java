package io.keyprojects.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.gateway.resilience.CircuitBreaker;
import io.keyprojects.gateway.resilience.Circuits;
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

/**
 * The gateway's own small JSON reads from the services (dashboard, OpenAPI), on the same pooled clients
 * and circuits as the proxy, so a failing service is skipped quickly here too. Bodies are small
 * documents, read whole; anything but a 2xx is a failure the caller turns into a marked gap.
 */
@ApplicationScoped
public class UpstreamCalls {
    private final UpstreamProxies proxies;
    private final Circuits circuits;
    private final ObjectMapper json;

    UpstreamCalls(UpstreamProxies proxies, Circuits circuits, ObjectMapper json) {
        this.proxies = proxies;
        this.circuits = circuits;
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
        return json(upstream, get(upstream, circuits.of(upstream), uri, "application/json", authorization, requestId, timeout));
    }

    /**
     * A JSON read that neither consults nor feeds the service's circuit: for the gateway's own start-up work (the public
     * feed's backfill), which retries by itself while a service starts. Counted, its failures would open the circuit and
     * shut the service off for every caller for a while, just as it became ready.
     */
    public Future<JsonNode> getJsonOutsideCircuit(Upstream upstream, String uri, String authorization, String requestId, Duration timeout) {
        return json(upstream, get(upstream, null, uri, "application/json", authorization, requestId, timeout));
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
        return get(upstream, circuits.of(upstream), uri, accept, authorization, requestId, timeout).map(Buffer::toString);
    }

    /** {@code breaker} null: a call outside any circuit (the gateway itself, or start-up work). */
    private Future<Buffer> get(Upstream upstream, CircuitBreaker breaker, String uri, String accept, String authorization, String requestId,
                               Duration timeout) {
        if (breaker == null) {
            breaker = new CircuitBreaker(Integer.MAX_VALUE, 0, 0, System::nanoTime);
        }
        if (!breaker.tryAcquire()) {
            return Future.failedFuture(new Failed(upstream.name() + " is failing (circuit open)"));
        }
        CircuitBreaker circuit = breaker;
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
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
                .compose(response -> read(response, upstream, circuit))
                .onFailure(e -> {
                    if (!(e instanceof Failed)) {
                        circuit.onFailure();
                    }
                })
                .recover(e -> Future.failedFuture(e instanceof Failed ? e
                        : new Failed(upstream.name() + " is not reachable or did not answer in time")));
    }

    private Future<Buffer> read(HttpClientResponse response, Upstream upstream, CircuitBreaker breaker) {
        int status = response.statusCode();
        if (status == 502 || status == 503 || status == 504) {
            breaker.onFailure();
        } else {
            breaker.onSuccess();
        }
        return response.body().compose(body -> {
            if (status / 100 != 2) {
                return Future.failedFuture(new Failed(upstream.name() + " answered " + status, status));
            }
            return Future.succeededFuture(body);
        });
    }
}
